package dev.porthole.layers;

/**
 * An image or archive could not be analysed: unreadable, damaged, truncated, not an image archive, or unknown to
 * the engine. The message is one sentence a user can act on.
 */
public class LayersException extends RuntimeException {

    public LayersException(String message) {
        super(message);
    }

    public LayersException(String message, Throwable cause) {
        super(message, cause);
    }
}
