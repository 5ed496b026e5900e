package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every occurrence of the search pattern in the shown lines, as the index of the line it is in (in order), kept
 * up to date cheaply as lines are appended and the oldest dropped. Plain Java, so it is tested without a screen.
 */
final class LogMatches {

    private Pattern pattern;
    /** Reused from line to line; made afresh for each pattern (and never shared between threads). */
    private Matcher matcher;
    private int[] lines = new int[64];
    private int count;

    /** Searches all {@code shown} lines for {@code pattern} (null clears). */
    void reset(Pattern pattern, List<LogLine> shown) {
        this.pattern = pattern;
        matcher = null;
        count = 0;
        if (pattern != null) {
            addFrom(shown, 0);
        }
    }

    /** Adds the occurrences in {@code shown} from index {@code from} on (lines just appended). */
    void addFrom(List<LogLine> shown, int from) {
        if (pattern == null) {
            return;
        }
        for (int i = from; i < shown.size(); i++) {
            addLine(i, shown.get(i).plain());
        }
    }

    /** Adds the occurrences in {@code plain}, the text of shown line {@code index} (after every line so far). */
    void addLine(int index, String plain) {
        if (pattern == null) {
            return;
        }
        if (matcher == null) {
            matcher = pattern.matcher("");
        }
        Matcher m = matcher.reset(plain);
        while (m.find()) {
            if (count == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[count++] = index;
            if (m.end() == m.start() && m.end() >= plain.length()) {
                break;
            }
        }
    }

    /** Takes over what {@code found} counted (found elsewhere, for the same lines): no copying. */
    void adopt(LogMatches found) {
        pattern = found.pattern;
        matcher = null;
        lines = found.lines;
        count = found.count;
    }

    /** The first {@code k} shown lines went: forget their occurrences and shift the rest. */
    void dropFront(int k) {
        if (k <= 0 || count == 0) {
            return;
        }
        int first = 0;
        while (first < count && lines[first] < k) {
            first++;
        }
        for (int i = first; i < count; i++) {
            lines[i - first] = lines[i] - k;
        }
        count -= first;
    }

    int count() {
        return count;
    }

    /** The line of occurrence {@code occurrence}. */
    int line(int occurrence) {
        return lines[occurrence];
    }

    /** Which occurrence within its line occurrence {@code occurrence} is (0 = the first in that line). */
    int ordinalInLine(int occurrence) {
        int n = 0;
        while (occurrence - n - 1 >= 0 && lines[occurrence - n - 1] == lines[occurrence]) {
            n++;
        }
        return n;
    }

    /** The first occurrence at or after line {@code line}, or -1. */
    int firstAtOrAfter(int line) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines[mid] < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < count ? lo : -1;
    }
}
