package dev.porthole.ui.logs;

import dev.porthole.logs.LogBuffer;
import dev.porthole.model.LogLine;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The lines a log view shows, as a list over the buffer itself (nothing is copied): every held line, or in
 * filter mode those that pass, kept as the buffer's serial numbers. Lines go into the buffer through
 * {@link #hold}, between {@link #beginBatch} and {@link #endBatch}, so a whole batch reaches listeners as one
 * change: the oldest lines removed in front, the new ones added. Read-only for everyone else.
 * <p>
 * A batch that only appends (the usual case) is described by counting, with the dropped lines kept raw and made
 * into lines only if a listener asks for them. A batch that puts a line anywhere else (another container's older
 * line) is told as one replacement of everything: JavaFX's change builder, tracking every index, was both slow
 * here and wrong for some mixes of drops and inserts.
 */
final class ShownLines extends ObservableListBase<LogLine> {

    private final LogBuffer buffer;
    /** In filter mode, which lines pass (null otherwise). */
    private Predicate<LogLine> filter;
    /** The serials of the lines that pass, in {@code picks[start, end)}. */
    private long[] picks = new long[64];
    private int start;
    private int end;
    // what the current batch did, for the model's search bookkeeping
    private int removedFront;
    private int added;
    private boolean insertedInside;
    // the counting description of an append-only batch, until a line goes inside: then the lines as they were
    private List<LogLine> before;
    private int sizeBefore;
    /** The shown lines dropped from the front in this batch that were shown before it, raw. */
    private LogBuffer droppedShown;
    private long moves;

    ShownLines(LogBuffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public LogLine get(int index) {
        Objects.checkIndex(index, size());
        return buffer.get(filter == null ? index : (int) (picks[start + index] - buffer.firstSerial()));
    }

    @Override
    public int size() {
        return filter == null ? buffer.size() : end - start;
    }

    /** The buffer serial of the shown line at {@code index}: a number that stays the line's own. */
    long serialAt(int index) {
        Objects.checkIndex(index, size());
        return filter == null ? buffer.firstSerial() + index : picks[start + index];
    }

    /** The index of the first shown line whose serial is {@code serial} or later ({@link #size()} if none). */
    int indexAtOrAfter(long serial) {
        if (filter == null) {
            return (int) Math.clamp(serial - buffer.firstSerial(), 0, buffer.size());
        }
        return firstPickAtOrAfter(serial) - start;
    }

    void beginBatch() {
        removedFront = 0;
        added = 0;
        insertedInside = false;
        before = null;
        sizeBefore = size();
    }

    void endBatch() {
        if (before != null) {
            replaced(before);
        } else {
            int fromBefore = Math.min(removedFront, sizeBefore);
            int netAdded = size() - (sizeBefore - fromBefore);
            if (fromBefore > 0 || netAdded > 0) {
                fireChange(new AppendChange(fromBefore, netAdded));
            }
        }
        if (droppedShown != null) {
            droppedShown.clear();
        }
    }

    /** Puts a line into the buffer and says what that did to the shown lines (between begin and end). */
    void hold(LogLine line) {
        int held = buffer.size();
        if (before == null && held > 0 && buffer.timeNanos(held - 1) > line.timeNanos()) {
            before = linesBefore();
        }
        if (held == buffer.capacity() && buffer.timeNanos(0) <= line.timeNanos()) {
            oldestLeaving();
        }
        int at = buffer.add(line);
        if (at < 0) {
            return;
        }
        boolean atEnd = at == buffer.size() - 1;
        if (!atEnd) {
            moves++;
        }
        if (filter == null) {
            added++;
            insertedInside |= !atEnd;
            return;
        }
        long serial = buffer.firstSerial() + at;
        int p = end;
        if (!atEnd) {
            // lines after it moved up one place: so did their serials
            p = firstPickAtOrAfter(serial);
            for (int i = p; i < end; i++) {
                picks[i]++;
            }
        }
        if (filter.test(line)) {
            int index = p - start;
            insertPick(p, serial);
            added++;
            insertedInside |= index != size() - 1;
        }
    }

    /** How many shown lines left the front in this batch. */
    int removedFront() {
        return removedFront;
    }

    /** How many lines this batch added to those shown. */
    int added() {
        return added;
    }

    /** Whether this batch put a line anywhere but at the end (another container's older line). */
    boolean insertedInside() {
        return insertedInside;
    }

    /** Shows every held line ({@code filter} null) or only those that pass it, scanning here: one change. */
    void refilter(Predicate<LogLine> newFilter) {
        show(LogScan.of(buffer.snapshot(), moves, newFilter, null, () -> false));
    }

    /**
     * Shows the lines {@code scan} picked from an earlier snapshot, caught up with the buffer now: picks of lines
     * that have left since are skipped, lines that came after the snapshot are tested here. Only while
     * {@link #moves()} is still the scan's (serials then name the same lines). One change, all replaced, unless
     * every line was shown and still is. Returns how many of the lines the scan showed have left the front.
     */
    int show(LogScan scan) {
        if (scan.moves() != moves) {
            throw new IllegalStateException("lines moved since the scan: scan again");
        }
        long first = buffer.firstSerial();
        if (scan.filter() == null) {
            int gone = (int) Math.clamp(first - scan.firstSerial(), 0, scan.end() - scan.firstSerial());
            if (filter != null) {
                List<LogLine> before = frozen();
                filter = null;
                start = 0;
                end = 0;
                replaced(before);
            }
            return gone;
        }
        List<LogLine> before = frozen();
        filter = scan.filter();
        // the scan's array is taken over, not copied: insertPick grows it when the catching up needs room
        long[] chosen = scan.picks();
        int gone = 0;
        while (gone < chosen.length && chosen[gone] < first) {
            gone++;
        }
        picks = chosen.length == 0 ? new long[64] : chosen;
        start = chosen.length == 0 ? 0 : gone;
        end = chosen.length;
        for (long serial = Math.max(scan.end(), first); serial < first + buffer.size(); serial++) {
            if (filter.test(buffer.get((int) (serial - first)))) {
                insertPick(end, serial);
            }
        }
        replaced(before);
        return gone;
    }

    /**
     * How many times lines were put in before others or all were emptied out: a serial number taken before that
     * may name another line now.
     */
    long moves() {
        return moves;
    }

    /** Empties the buffer: one change, all removed. */
    void empty() {
        List<LogLine> before = frozen();
        buffer.clear();
        moves++;
        start = 0;
        end = 0;
        replaced(before);
    }

    private void oldestLeaving() {
        boolean shownLine = filter == null || start < end && picks[start] == buffer.firstSerial();
        if (!shownLine) {
            return;
        }
        if (before == null && removedFront < sizeBefore) {
            keepDropped();
        }
        if (filter != null) {
            start++;
        }
        removedFront++;
    }

    private void keepDropped() {
        if (droppedShown == null) {
            droppedShown = new LogBuffer(buffer.capacity());
        }
        buffer.copyLineTo(0, droppedShown);
    }

    /** The shown lines as they were when this batch began, from those dropped since and those still here. */
    private List<LogLine> linesBefore() {
        int fromBefore = Math.min(removedFront, sizeBefore);
        List<LogLine> gone = List.copyOf(dropped(fromBefore));
        List<LogLine> stayed = frozen().subList(0, sizeBefore - fromBefore);
        return new AbstractList<>() {
            @Override
            public LogLine get(int index) {
                return index < gone.size() ? gone.get(index) : stayed.get(index - gone.size());
            }

            @Override
            public int size() {
                return gone.size() + stayed.size();
            }
        };
    }

    /** The first {@code n} lines dropped in this batch that were shown before it (read during the change). */
    private List<LogLine> dropped(int n) {
        LogBuffer held = droppedShown;
        return new AbstractList<>() {
            @Override
            public LogLine get(int index) {
                Objects.checkIndex(index, n);
                return held.get(index);
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    /** An append-only batch: {@code removed} lines gone from the front, then {@code added} new at the end. */
    private final class AppendChange extends ListChangeListener.Change<LogLine> {

        private final int removed;
        private final int addedLines;
        private final List<LogLine> removedLines;
        /** Sub-changes: a removal in front, an addition at the end; one replacement when nothing old stayed. */
        private final int parts;
        private int part = -1;

        AppendChange(int removed, int addedLines) {
            super(ShownLines.this);
            this.removed = removed;
            this.addedLines = addedLines;
            this.removedLines = dropped(removed);
            boolean replacedAll = removed > 0 && addedLines > 0 && addedLines == size();
            parts = replacedAll || removed == 0 || addedLines == 0 ? 1 : 2;
        }

        @Override
        public boolean next() {
            part++;
            return part < parts;
        }

        @Override
        public void reset() {
            part = -1;
        }

        private boolean removing() {
            return removed > 0 && part == 0;
        }

        private boolean adding() {
            return addedLines > 0 && part == parts - 1;
        }

        @Override
        public int getFrom() {
            return adding() ? size() - addedLines : 0;
        }

        @Override
        public int getTo() {
            return adding() ? size() : 0;
        }

        @Override
        public List<LogLine> getRemoved() {
            return removing() ? removedLines : List.of();
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }

    private int firstPickAtOrAfter(long serial) {
        int lo = start;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (picks[mid] < serial) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void insertPick(int at, long serial) {
        if (end == picks.length) {
            int live = end - start;
            if (start > picks.length / 2) {
                // the front has drained: slide down instead of growing
                System.arraycopy(picks, start, picks, 0, live);
            } else {
                picks = Arrays.copyOfRange(picks, start, start + Math.max(64, live * 2));
            }
            at -= start;
            start = 0;
            end = live;
        }
        System.arraycopy(picks, at, picks, at + 1, end - at);
        picks[at] = serial;
        end++;
    }

    /** The shown lines as they are now, read later from a copy: what a full change says was removed. */
    private List<LogLine> frozen() {
        LogBuffer copy = buffer.snapshot();
        long[] chosen = filter == null ? null : Arrays.copyOfRange(picks, start, end);
        int n = size();
        return new AbstractList<>() {
            @Override
            public LogLine get(int index) {
                Objects.checkIndex(index, n);
                return copy.get(chosen == null ? index : (int) (chosen[index] - copy.firstSerial()));
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    private void replaced(List<LogLine> before) {
        if (before.isEmpty() && isEmpty()) {
            return;
        }
        // not through the change builder, which would copy every removed line one by one
        fireChange(new ListChangeListener.Change<>(this) {
            private boolean onChange;

            @Override
            public boolean next() {
                if (onChange) {
                    return false;
                }
                onChange = true;
                return true;
            }

            @Override
            public void reset() {
                onChange = false;
            }

            @Override
            public int getFrom() {
                return 0;
            }

            @Override
            public int getTo() {
                return size();
            }

            @Override
            public List<LogLine> getRemoved() {
                return before;
            }

            @Override
            protected int[] getPermutation() {
                return new int[0];
            }
        });
    }
}
