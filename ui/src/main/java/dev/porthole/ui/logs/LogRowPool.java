package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import javafx.scene.layout.Pane;

import java.util.ArrayDeque;

/**
 * The rows of a {@link LogViewport} not showing a line in view. Rows whose lines just left the view are freed
 * still visible, and a new line takes one of those first: showing a hidden node again costs it a CSS pass, and a
 * flood changes every row each frame. Only what is left over at the end of a layout is hidden.
 */
final class LogRowPool {

    private final LogsModel model;
    private final Pane sheet;
    private final ArrayDeque<LogRow> hidden = new ArrayDeque<>();
    private final ArrayDeque<LogRow> freed = new ArrayDeque<>();

    LogRowPool(LogsModel model, Pane sheet) {
        this.model = model;
        this.sheet = sheet;
    }

    /** A row to show another line: one just freed, else a hidden one, else a new one. */
    LogRow take() {
        return !freed.isEmpty() ? freed.pop() : !hidden.isEmpty() ? hidden.pop() : newRow();
    }

    /** A row whose line is out of view, left visible for now. */
    void free(LogRow row) {
        freed.add(row);
    }

    /** Hides the freed rows no line took in this layout. */
    void hideFreed() {
        for (LogRow row : freed) {
            // hidden, not emptied: the next line it shows most likely needs the same nodes, so no CSS pass
            row.setVisible(false);
            row.moveTo(-1);
            hidden.push(row);
        }
        freed.clear();
    }

    /**
     * Makes the {@code wanted} rows a full view needs while there is nothing to show, so the first flood of lines
     * does not pay for every row's creation and CSS in one frame.
     */
    void prepare(int wanted) {
        LogLine sample = null;
        while (hidden.size() < wanted) {
            if (sample == null) {
                String source = model.targets().isEmpty() ? "" : model.targets().getFirst().name();
                sample = LogLine.of(System.currentTimeMillis() * 1_000_000L, LogStream.STDOUT, source, "x".repeat(80));
            }
            // shown once, hidden: its nodes get their CSS now, so the first real line needs none
            LogRow row = newRow();
            row.show(sample, -1, -1, false);
            row.unwrappedWidth();
            row.setVisible(false);
            hidden.push(row);
        }
    }

    private LogRow newRow() {
        LogRow row = new LogRow(model);
        sheet.getChildren().add(row);
        row.applyCss();
        return row;
    }
}
