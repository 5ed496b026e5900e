package dev.porthole.dockerfile;

/** A {@code --name=value} flag of an instruction ({@code value} is null for a bare {@code --name}). */
public record Flag(String name, String value, TextRange range) {

    /** Whether the flag was written with {@code =value}. */
    public boolean hasValue() {
        return value != null;
    }
}
