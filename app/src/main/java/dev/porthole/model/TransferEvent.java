package dev.porthole.model;

/** What a pull or push reports, in order: layer updates and status lines, then exactly one ending. */
public sealed interface TransferEvent {

    /** A layer's new state and byte counts. */
    record Layer(LayerProgress layer) implements TransferEvent {
    }

    /** A line about the whole transfer ("Pulling from team/app", "Digest: sha256:…"). */
    record Status(String text) implements TransferEvent {
    }

    /** The ending: the image is in place (pull) or in the registry (push); {@code digest} may be null. */
    record Finished(String reference, String digest) implements TransferEvent {
    }

    /** The ending: the transfer failed, with a message a user can read. */
    record Failed(String message) implements TransferEvent {
    }

    /** The ending: the caller cancelled. */
    record Cancelled() implements TransferEvent {
    }

    /** Whether this is the one ending event. */
    default boolean ending() {
        return this instanceof Finished || this instanceof Failed || this instanceof Cancelled;
    }
}
