package dev.porthole.model;

/**
 * One line of a container's log.
 *
 * @param timeNanos the engine's timestamp, epoch nanoseconds (0 when the engine gave none)
 * @param stream    stdout, stderr, or a Porthole status line
 * @param source    the container's name, shared by all its lines (tags lines in a merged view)
 * @param text      the line as printed, ANSI escape sequences included, without its line break
 * @param plain     the text without escape sequences, for search and copy (the same instance when there are none)
 */
public record LogLine(long timeNanos, LogStream stream, String source, String text, String plain) {

    /** A line whose plain text is worked out from {@code text}. */
    public static LogLine of(long timeNanos, LogStream stream, String source, String text) {
        return new LogLine(timeNanos, stream, source, text, text.indexOf('\u001b') < 0 ? text : dev.porthole.logs.AnsiText.strip(text));
    }

    /** Whether the line carries escape sequences (colours…). */
    public boolean styled() {
        return plain != text;
    }

    /** Same moment, same stream, same text: the test for a line already seen when a stream is resumed. */
    public boolean sameAs(LogLine other) {
        return timeNanos == other.timeNanos && stream == other.stream && text.equals(other.text);
    }
}
