package dev.porthole.logs;

import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines a log view holds, in time order, at most {@code capacity} of them: adding to a full buffer drops
 * the oldest and counts them. A ring, so appending is O(1); a line older than the newest (another container's,
 * in a merged view) is inserted in its place. Not thread-safe: one thread (the FX thread, or a bench) owns it.
 * <p>
 * Lines are held compactly, one object each: the text's UTF-8 bytes (for ASCII, a plain copy both ways) in a
 * ring of arrays next to primitive rings for time, stream and container. {@link #get} makes a {@link LogLine} when
 * asked, so a full buffer costs about the text's size, and the garbage collector has a third of the objects
 * to trace that whole records would give it.
 */
public final class LogBuffer {

    /** The default bound: 100,000 lines. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private static final LogStream[] STREAMS = LogStream.values();

    private final byte[][] texts;
    private final long[] times;
    /** Stream ordinals. */
    private final byte[] kinds;
    private final short[] sources;
    private final List<String> sourceNames = new ArrayList<>(4);
    private int head;
    private int size;
    private long dropped;
    private long firstSerial;

    public LogBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        texts = new byte[capacity][];
        times = new long[capacity];
        kinds = new byte[capacity];
        sources = new short[capacity];
    }

    public LogBuffer() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * Adds a line in time order (after lines of the same time) and returns its index, or -1 when the buffer is
     * full and the line is older than all it holds (so it is dropped at once).
     */
    public int add(LogLine line) {
        long time = line.timeNanos();
        int at = size;
        // almost always the newest: look back only while the line is older
        while (at > 0 && times[slot(at - 1)] > time) {
            at--;
        }
        if (size == texts.length) {
            if (at == 0) {
                dropped++;
                return -1;
            }
            texts[head] = null;
            head = (head + 1) % texts.length;
            size--;
            dropped++;
            firstSerial++;
            at--;
        }
        for (int i = size; i > at; i--) {
            move(slot(i - 1), slot(i));
        }
        int s = slot(at);
        texts[s] = line.text().getBytes(StandardCharsets.UTF_8);
        times[s] = time;
        kinds[s] = (byte) line.stream().ordinal();
        sources[s] = sourceIndex(line.source());
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

    /** The line at {@code index} (0 = oldest held), made afresh: compare lines with equals, not ==. */
    public LogLine get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int s = slot(index);
        return LogLine.of(times[s], STREAMS[kinds[s]], sourceNames.get(sources[s]),
                new String(texts[s], StandardCharsets.UTF_8));
    }

    /** The time of the line at {@code index}, without making the line. */
    public long timeNanos(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return times[slot(index)];
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return texts.length;
    }

    /** How many lines were dropped since the buffer was made or cleared, the oldest first. */
    public long dropped() {
        return dropped;
    }

    /**
     * How many held lines left the front since the buffer was made or cleared: the line at index {@code i} is
     * number {@code firstSerial() + i}, a number that stays the line's own while lines are only appended.
     */
    public long firstSerial() {
        return firstSerial;
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

    /**
     * A copy of the buffer as it is now, cheap to make (the texts are shared, never changed), for reading on
     * another thread while this one goes on.
     */
    public LogBuffer snapshot() {
        LogBuffer copy = new LogBuffer(Math.max(1, size));
        for (int i = 0; i < size; i++) {
            int s = slot(i);
            copy.texts[i] = texts[s];
            copy.times[i] = times[s];
            copy.kinds[i] = kinds[s];
            copy.sources[i] = sources[s];
        }
        copy.sourceNames.addAll(sourceNames);
        copy.size = size;
        copy.dropped = dropped;
        copy.firstSerial = firstSerial;
        return copy;
    }

    /**
     * Appends the line at {@code index} to {@code target} as it is held, without making a {@link LogLine}: to keep
     * lines about to be dropped for whoever wants to know what went.
     */
    public void copyLineTo(int index, LogBuffer target) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        if (target.size == target.texts.length) {
            throw new IllegalStateException("the target buffer is full");
        }
        int s = slot(index);
        int t = target.slot(target.size);
        target.texts[t] = texts[s];
        target.times[t] = times[s];
        target.kinds[t] = kinds[s];
        target.sources[t] = target.sourceIndex(sourceNames.get(sources[s]));
        target.size++;
    }

    /** Empties the buffer and resets the dropped count. */
    public void clear() {
        Arrays.fill(texts, null);
        head = 0;
        size = 0;
        dropped = 0;
        firstSerial = 0;
    }

    private void move(int from, int to) {
        texts[to] = texts[from];
        times[to] = times[from];
        kinds[to] = kinds[from];
        sources[to] = sources[from];
    }

    private short sourceIndex(String source) {
        for (int i = 0; i < sourceNames.size(); i++) {
            String known = sourceNames.get(i);
            if (known == source || known.equals(source)) {
                return (short) i;
            }
        }
        if (sourceNames.size() == Short.MAX_VALUE) {
            throw new IllegalStateException("more than " + Short.MAX_VALUE + " containers in one log view");
        }
        sourceNames.add(source);
        return (short) (sourceNames.size() - 1);
    }

    private int slot(int index) {
        int s = head + index;
        return s >= texts.length ? s - texts.length : s;
    }
}
