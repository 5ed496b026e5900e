package dev.porthole.model;

/**
 * Which part of a container's log to read. Timestamps are always asked for: the pipeline needs them.
 *
 * @param tail       the last N lines, or -1 for all
 * @param sinceNanos only lines at or after this time (epoch nanoseconds), or 0 for no bound
 * @param untilNanos only lines before this time (epoch nanoseconds), or 0 for no bound
 * @param follow     keep the stream open and send new lines as they come
 */
public record LogRequest(int tail, long sinceNanos, long untilNanos, boolean follow) {

    /** The default first view: the last 1,000 lines, then follow. */
    public static final int DEFAULT_TAIL = 1_000;

    /** The last {@code tail} lines, then follow. */
    public static LogRequest tailAndFollow(int tail) {
        return new LogRequest(tail, 0, 0, true);
    }

    /** Every line at or after {@code sinceNanos}, then follow (resuming a stream). */
    public static LogRequest resumeFrom(long sinceNanos) {
        return new LogRequest(-1, sinceNanos, 0, true);
    }

    /** The last {@code tail} lines before {@code untilNanos}, without following ("load earlier"). */
    public static LogRequest before(long untilNanos, int tail) {
        return new LogRequest(tail, 0, untilNanos, false);
    }

    /** The whole log once, without following. */
    public static LogRequest all() {
        return new LogRequest(-1, 0, 0, false);
    }
}
