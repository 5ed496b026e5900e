package dev.porthole.engine;

/** A failed engine call, with a message fit to show a user. */
public class EngineException extends RuntimeException {

    /** What kind of failure, so callers can react (offer force, mark disconnected…). */
    public enum Kind {
        /** The engine cannot be reached: socket missing, connection refused or dropped. */
        UNREACHABLE,
        /** The object does not exist. */
        NOT_FOUND,
        /** The request conflicts with the object's state (in use, name taken, running…). */
        CONFLICT,
        /** The request was malformed or refused. */
        BAD_REQUEST,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;

    public EngineException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public EngineException(Kind kind, String message) {
        this(kind, message, null);
    }

    public Kind kind() {
        return kind;
    }
}
