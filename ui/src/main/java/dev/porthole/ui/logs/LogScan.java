package dev.porthole.ui.logs;

import dev.porthole.logs.LogBuffer;
import dev.porthole.model.LogLine;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a search or filter finds in a snapshot of the buffer, worked out off the FX thread: which lines pass the
 * filter (their serial numbers) and where the pattern occurs in them. The model applies it on the FX thread and
 * catches up with the lines that came and went meanwhile ({@link ShownLines#show}).
 *
 * @param firstSerial the serial of the snapshot's oldest line
 * @param end         the serial after the snapshot's newest line: lines from here on came later
 * @param moves       {@link ShownLines#moves()} when the snapshot was taken: serials hold only while it stays
 * @param filter      the filter the picks were chosen with (null: every line)
 * @param picks       the serials of the lines that pass, oldest first (null when there is no filter)
 * @param matches     the occurrences in the lines that pass, by their index among them
 */
record LogScan(long firstSerial, long end, long moves, Predicate<LogLine> filter, long[] picks, LogMatches matches) {

    /** How many lines between two looks at whether a newer query made this scan useless. */
    private static final int CHECK_EVERY = 1024;

    /**
     * Scans {@code snapshot} (a copy no one else changes); returns null when {@code superseded} says a newer
     * query came first, so a stale scan stops early instead of keeping a worker busy.
     */
    static LogScan of(LogBuffer snapshot, long moves, Predicate<LogLine> filter, Pattern pattern,
                      BooleanSupplier superseded) {
        long first = snapshot.firstSerial();
        int size = snapshot.size();
        long[] picks = filter == null ? null : new long[Math.min(size, 1024)];
        int picked = 0;
        LogMatches matches = new LogMatches();
        matches.reset(pattern, List.of());
        if (filter == null && pattern == null) {
            // every line shown, nothing to find: no need to read them
            return new LogScan(first, first + size, moves, null, null, matches);
        }
        for (int i = 0; i < size; i++) {
            if (i % CHECK_EVERY == 0 && superseded.getAsBoolean()) {
                return null;
            }
            LogLine line = snapshot.get(i);
            int index = i;
            if (filter != null) {
                if (!filter.test(line)) {
                    continue;
                }
                if (picked == picks.length) {
                    picks = Arrays.copyOf(picks, Math.min(size, picks.length * 2));
                }
                index = picked;
                picks[picked++] = first + i;
            }
            matches.addLine(index, line.plain());
        }
        return new LogScan(first, first + size, moves, filter,
                picks == null ? null : Arrays.copyOf(picks, picked), matches);
    }

    /** How many lines the scan showed. */
    int shownCount() {
        return picks == null ? (int) (end - firstSerial) : picks.length;
    }
}
