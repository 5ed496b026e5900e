package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;

import java.util.List;

/**
 * The selected log lines: one unbroken run, from the line clicked first (anchor) to the line moved to last (lead),
 * kept by buffer serial so it stays on its lines while older ones leave the front. Like selecting text in a
 * terminal: a run is what gets copied.
 */
final class LogSelection {

    private final ShownLines lines;
    private long anchor = -1;
    private long lead = -1;

    LogSelection(ShownLines lines) {
        this.lines = lines;
    }

    /** Selects only the line at {@code index}. */
    void select(int index) {
        anchor = lines.serialAt(index);
        lead = anchor;
    }

    /** Extends the run from the anchor to {@code index} (or selects it alone when nothing was). */
    void extendTo(int index) {
        lead = lines.serialAt(index);
        if (anchor < 0) {
            anchor = lead;
        }
    }

    void selectAll() {
        if (!lines.isEmpty()) {
            anchor = lines.serialAt(0);
            lead = lines.serialAt(lines.size() - 1);
        }
    }

    void clear() {
        anchor = -1;
        lead = -1;
    }

    boolean contains(long serial) {
        return anchor >= 0 && serial >= Math.min(anchor, lead) && serial <= Math.max(anchor, lead);
    }

    /** The index of the lead line among those shown, or -1 (none, or it left the buffer). */
    int leadIndex() {
        if (lead < 0 || lines.isEmpty()) {
            return -1;
        }
        int i = lines.indexAtOrAfter(lead);
        return i < lines.size() && lines.serialAt(i) == lead ? i : -1;
    }

    /** The selected lines still shown, oldest first. */
    List<LogLine> lines() {
        if (anchor < 0) {
            return List.of();
        }
        int from = lines.indexAtOrAfter(Math.min(anchor, lead));
        int to = lines.indexAtOrAfter(Math.max(anchor, lead) + 1);
        return from >= to ? List.of() : List.copyOf(lines.subList(from, to));
    }

    /** The lead line, or null. */
    LogLine leadLine() {
        int i = leadIndex();
        return i < 0 ? null : lines.get(i);
    }
}
