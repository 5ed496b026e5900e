package dev.porthole.logs;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The timestamp the engine puts before each log line ({@code 2026-11-27T23:55:00.123456789Z}), read as epoch
 * nanoseconds. The fixed UTC layout Docker writes is parsed by hand, as a million lines a second pass through
 * here; any other RFC 3339 form (Podman, offsets) goes through java.time.
 */
public final class EngineTimestamp {

    private static final long NANOS = 1_000_000_000L;

    private EngineTimestamp() {
    }

    /** Epoch nanoseconds of the ASCII timestamp in {@code b[from, to)}, or -1 when it is not one. */
    public static long parse(byte[] b, int from, int to) {
        int len = to - from;
        if (len >= 20 && b[from + 4] == '-' && b[from + 7] == '-' && b[from + 10] == 'T' && b[from + 13] == ':'
                && b[from + 16] == ':' && b[to - 1] == 'Z') {
            int year = digits(b, from, 4);
            int month = digits(b, from + 5, 2);
            int day = digits(b, from + 8, 2);
            int hour = digits(b, from + 11, 2);
            int minute = digits(b, from + 14, 2);
            int second = digits(b, from + 17, 2);
            long nanos = 0;
            int i = from + 19;
            if (i < to - 1 && b[i] == '.') {
                int scale = 0;
                for (i++; i < to - 1; i++) {
                    int d = b[i] - '0';
                    if (d < 0 || d > 9 || scale == 9) {
                        return slow(b, from, to);
                    }
                    nanos = nanos * 10 + d;
                    scale++;
                }
                for (; scale < 9; scale++) {
                    nanos *= 10;
                }
            } else if (i != to - 1) {
                return slow(b, from, to);
            }
            if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12) {
                return slow(b, from, to);
            }
            long days = epochDay(year, month, day);
            return ((days * 24 + hour) * 60 + minute) * 60 * NANOS + second * NANOS + nanos;
        }
        return slow(b, from, to);
    }

    /** Epoch nanoseconds of a timestamp string, or -1 when it is not one. */
    public static long parse(String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return parse(b, 0, b.length);
    }

    /** The engine's query form of a time: seconds with nine decimals ("1764287700.123456789"). */
    public static String queryValue(long epochNanos) {
        long seconds = Math.floorDiv(epochNanos, NANOS);
        long nanos = Math.floorMod(epochNanos, NANOS);
        return seconds + "." + String.format("%09d", nanos);
    }

    private static long slow(byte[] b, int from, int to) {
        if (to - from < 20 || to - from > 40) {
            return -1;
        }
        try {
            var t = OffsetDateTime.parse(new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1));
            return t.toEpochSecond() * NANOS + t.getNano();
        } catch (DateTimeParseException e) {
            return -1;
        }
    }

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
