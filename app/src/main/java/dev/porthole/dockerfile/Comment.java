package dev.porthole.dockerfile;

/** A comment line: {@code text} is everything after the {@code #}, trimmed. */
public record Comment(String text, int line, TextRange range) {
}
