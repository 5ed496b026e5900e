package dev.porthole.dockerfile.highlight;

/** A highlighted stretch of text, {@code [start, end)} by character offset. */
public record Token(TokenKind kind, int start, int end) {

    /** How many characters it covers. */
    public int length() {
        return end - start;
    }
}
