package dev.porthole.dockerfile.template;

/** A template could not be written (files already there, a folder that cannot be written); the message says why. */
public class TemplateWriteException extends Exception {

    public TemplateWriteException(String message) {
        super(message);
    }

    public TemplateWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
