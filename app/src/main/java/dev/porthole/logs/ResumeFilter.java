package dev.porthole.logs;

import dev.porthole.model.LogLine;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a resumed stream repeat nothing: it remembers the newest timestamp delivered and the lines
 * delivered at exactly that time; a stream reopened with {@code since} = that time drops those lines once each
 * (and anything older), so nothing is shown twice and nothing after the mark is lost.
 */
final class ResumeFilter {

    private long lastTime = -1;
    private final List<LogLine> atLast = new ArrayList<>();
    // the state of a resumed stream: lines to drop until it is past the mark
    private long mark = -1;
    private final List<LogLine> toDrop = new ArrayList<>();

    /** Whether {@code line} is new; remembers it when it is. Call on the reading thread, in stream order. */
    boolean admit(LogLine line) {
        long t = line.timeNanos();
        if (mark >= 0) {
            if (t < mark) {
                return false;
            }
            if (t == mark && removeSame(line)) {
                return false;
            }
            if (t > mark) {
                mark = -1;
                toDrop.clear();
            }
        }
        if (t > lastTime) {
            lastTime = t;
            atLast.clear();
        }
        if (t == lastTime) {
            atLast.add(line);
        }
        return true;
    }

    /** Where a reopened stream starts (epoch nanos; 0 = from the beginning); arms the filter for it. */
    long resumeMark() {
        if (lastTime < 0) {
            return 0;
        }
        mark = lastTime;
        toDrop.clear();
        toDrop.addAll(atLast);
        return lastTime;
    }

    private boolean removeSame(LogLine line) {
        for (int i = 0; i < toDrop.size(); i++) {
            if (toDrop.get(i).sameAs(line)) {
                toDrop.remove(i);
                return true;
            }
        }
        return false;
    }
}
