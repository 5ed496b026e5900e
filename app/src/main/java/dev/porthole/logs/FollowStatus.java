package dev.porthole.logs;

/**
 * A change in a followed log stream, for the view's status line.
 *
 * @param kind    what happened
 * @param message one sentence for the user
 */
public record FollowStatus(Kind kind, String message) {

    public enum Kind {
        /** The stream is open and following (first time, or again after a stop or drop). */
        FOLLOWING,
        /** The engine ended the stream: the container stopped. */
        STOPPED,
        /** The stream failed: the engine went away or refused. */
        LOST
    }
}
