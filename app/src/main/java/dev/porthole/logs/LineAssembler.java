package dev.porthole.logs;

import dev.porthole.model.LogChunk;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Turns the engine's log chunks into lines: strips each message's timestamp, joins messages and chunks into
 * whole lines (the engine cuts lines over 16 KB into several messages, docker-java and TTYs cut anywhere),
 * drops the CR of CRLF, and decodes UTF-8 (bytes that are not UTF-8 become U+FFFD). One per stream read; not
 * thread-safe: the reading thread owns it.
 */
public final class LineAssembler {

    /** Longest timestamp prefix looked for ("2026-11-27T23:55:00.123456789+01:00"). */
    private static final int MAX_TIMESTAMP = 40;

    private final String source;
    private final Consumer<LogLine> out;
    private final Pending[] pending = {new Pending(), new Pending()};

    public LineAssembler(String source, Consumer<LogLine> out) {
        this.source = source;
        this.out = out;
    }

    /** Takes one chunk; emits every line it completes. */
    public void accept(LogChunk chunk) {
        LogStream stream = chunk.stream() == LogStream.STDERR ? LogStream.STDERR : LogStream.STDOUT;
        Pending p = pending[stream.ordinal()];
        byte[] b = chunk.bytes();
        if (chunk.framed()) {
            int start = 0;
            int space = timestampEnd(b, 0, b.length);
            long time = space < 0 ? -1 : EngineTimestamp.parse(b, 0, space);
            if (time >= 0) {
                start = space + 1;
                if (p.length == 0) {
                    p.time = time;
                }
            }
            scan(p, stream, b, start, b.length, time);
        } else {
            scanRaw(p, stream, b);
        }
    }

    /** Emits what is left of unfinished lines (at the end of a stream). */
    public void flush() {
        for (LogStream s : new LogStream[]{LogStream.STDOUT, LogStream.STDERR}) {
            Pending p = pending[s.ordinal()];
            if (p.rawLineStarted) {
                emitRaw(p, s);
            } else if (p.length > 0) {
                emit(s, p.time, p.bytes, 0, p.length);
                p.reset();
            }
        }
    }

    /** Framed: {@code b[from,to)} is message text without its timestamp. */
    private void scan(Pending p, LogStream stream, byte[] b, int from, int to, long time) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                if (p.length == 0) {
                    emit(stream, time >= 0 ? time : p.time, b, start, i);
                } else {
                    p.append(b, start, i);
                    emit(stream, p.time, p.bytes, 0, p.length);
                    p.reset();
                }
                p.time = time >= 0 ? time : p.time;
                start = i + 1;
            }
        }
        if (start < to) {
            if (p.length == 0 && time >= 0) {
                p.time = time;
            }
            p.append(b, start, to);
        }
    }

    /** Raw (TTY): a byte stream of "TIMESTAMP text\r\n" lines cut anywhere; the timestamp leads each line. */
    private void scanRaw(Pending p, LogStream stream, byte[] b) {
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                p.append(b, start, i);
                emitRaw(p, stream);
                start = i + 1;
            }
        }
        p.append(b, start, b.length);
        p.rawLineStarted = p.length > 0;
    }

    private void emitRaw(Pending p, LogStream stream) {
        int space = timestampEnd(p.bytes, 0, p.length);
        long time = space < 0 ? -1 : EngineTimestamp.parse(p.bytes, 0, space);
        if (time >= 0) {
            emit(stream, time, p.bytes, space + 1, p.length);
        } else {
            emit(stream, 0, p.bytes, 0, p.length);
        }
        p.reset();
    }

    private void emit(LogStream stream, long time, byte[] b, int from, int to) {
        if (to > from && b[to - 1] == '\r') {
            to--;
        }
        String text = new String(b, from, to - from, StandardCharsets.UTF_8);
        out.accept(LogLine.of(Math.max(time, 0), stream, source, text));
    }

    /** Index of the space ending a leading timestamp, or -1. */
    private static int timestampEnd(byte[] b, int from, int to) {
        int limit = Math.min(to, from + MAX_TIMESTAMP);
        if (to - from < 21 || b[from] < '0' || b[from] > '9') {
            return -1;
        }
        for (int i = from + 19; i < limit; i++) {
            if (b[i] == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** The unfinished line of one stream. */
    private static final class Pending {
        byte[] bytes = new byte[256];
        int length;
        long time;
        boolean rawLineStarted;

        void append(byte[] b, int from, int to) {
            int n = to - from;
            if (n <= 0) {
                return;
            }
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
            System.arraycopy(b, from, bytes, length, n);
            length += n;
        }

        void reset() {
            length = 0;
            rawLineStarted = false;
            if (bytes.length > 64 * 1024) {
                bytes = new byte[256]; // a megabyte line should not pin a megabyte forever
            }
        }
    }
}
