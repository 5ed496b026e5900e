package dev.porthole.logs;

import dev.porthole.model.LogLine;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines a log view holds, in time order, at most {@code capacity} of them: adding to a full buffer drops
 * the oldest and counts them. A ring, so appending is O(1); a line older than the newest (another container's,
 * in a merged view) is inserted in its place. Not thread-safe: one thread (the FX thread, or a bench) owns it.
 */
public final class LogBuffer {

    /** The default bound: 100,000 lines. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private final LogLine[] ring;
    private int head;
    private int size;
    private long dropped;

    public LogBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.ring = new LogLine[capacity];
    }

    public LogBuffer() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * Adds a line in time order (after lines of the same time) and returns its index, or -1 when the buffer is
     * full and the line is older than all it holds (so it is dropped at once).
     */
    public int add(LogLine line) {
        int at = size;
        // almost always the newest: look back only while the line is older
        while (at > 0 && get(at - 1).timeNanos() > line.timeNanos()) {
            at--;
        }
        if (size == ring.length) {
            if (at == 0) {
                dropped++;
                return -1;
            }
            ring[head] = null;
            head = (head + 1) % ring.length;
            size--;
            dropped++;
            at--;
        }
        for (int i = size; i > at; i--) {
            ring[slot(i)] = ring[slot(i - 1)];
        }
        ring[slot(at)] = line;
        size++;
        return at;
    }

    /** Adds every line; returns how many were appended after the newest (the others were inserted earlier). */
    public int addAll(List<LogLine> lines) {
        int appended = 0;
        for (LogLine line : lines) {
            int at = add(line);
            if (at == size - 1) {
                appended++;
            }
        }
        return appended;
    }

    /** The line at {@code index} (0 = oldest held). */
    public LogLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return ring[slot(index)];
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return ring.length;
    }

    /** How many lines were dropped since the buffer was made or cleared, the oldest first. */
    public long dropped() {
        return dropped;
    }

    /** The oldest line held, or null. */
    public LogLine first() {
        return size == 0 ? null : get(0);
    }

    /** The newest line held, or null. */
    public LogLine last() {
        return size == 0 ? null : get(size - 1);
    }

    /** Every line held, oldest first. */
    public List<LogLine> lines() {
        List<LogLine> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(get(i));
        }
        return out;
    }

    /** Empties the buffer and resets the dropped count. */
    public void clear() {
        java.util.Arrays.fill(ring, null);
        head = 0;
        size = 0;
        dropped = 0;
    }

    private int slot(int index) {
        int s = head + index;
        return s >= ring.length ? s - ring.length : s;
    }
}
