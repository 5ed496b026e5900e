package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Log lines as text: the time column in local time, and lines as copied or saved (escape sequences stripped). */
final class LogFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private LogFormat() {
    }

    /** The engine's timestamp in local time, to the millisecond ("23:55:00.123"); blank without one. */
    static String time(long epochNanos, ZoneId zone) {
        if (epochNanos <= 0) {
            return "            ";
        }
        return TIME.format(instant(epochNanos).atZone(zone));
    }

    /** One line as copied: optional full local timestamp and container, then the text without escapes. */
    static String copied(LogLine line, boolean withTime, boolean withSource, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        if (withTime && line.timeNanos() > 0) {
            b.append(FULL.format(instant(line.timeNanos()).atZone(zone))).append(' ');
        }
        if (withSource) {
            b.append(line.source()).append(" | ");
        }
        if (line.stream() == LogStream.STATUS) {
            b.append("--- ");
        }
        return b.append(line.plain()).toString();
    }

    /** Lines as copied, one per line. */
    static String copied(List<LogLine> lines, boolean withTime, boolean withSource, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        for (LogLine line : lines) {
            b.append(copied(line, withTime, withSource, zone)).append('\n');
        }
        return b.toString();
    }

    /** Control characters as their visible Unicode pictures (␀, ␛…), so binary bytes show without breaking rows. */
    static String visible(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t') {
                if (b == null) {
                    b = new StringBuilder(text.length()).append(text, 0, i);
                }
                b.append((char) (0x2400 + c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    private static Instant instant(long epochNanos) {
        return Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
    }
}
