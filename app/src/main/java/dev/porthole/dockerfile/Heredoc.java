package dev.porthole.dockerfile;

/**
 * A heredoc of RUN, COPY or ADD: {@code <<EOF} (or {@code <<-EOF}, which strips leading tabs, or a quoted
 * delimiter, which turns off variable expansion) and the lines up to the one that reads the delimiter.
 *
 * @param marker     where {@code <<EOF} sits on the instruction line
 * @param body       the lines between as written, each ended by a line break (with {@code <<-} the builder
 *                   also strips their leading tabs)
 * @param bodyRange  where the body sits in the file (empty when there are no lines)
 * @param terminator the closing delimiter line, or null when the file ended first
 */
public record Heredoc(String delimiter, boolean stripTabs, boolean quoted, TextRange marker, MappedText body,
                      TextRange bodyRange, TextRange terminator) {

    /** Whether a line reading the delimiter closes it. */
    public boolean isClosed() {
        return terminator != null;
    }

    /** Whether {@code $VARIABLES} in the body are expanded (the delimiter is not quoted). */
    public boolean expands() {
        return !quoted;
    }
}
