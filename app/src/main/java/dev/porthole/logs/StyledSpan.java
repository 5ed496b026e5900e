package dev.porthole.logs;

/** A run of text, escape sequences removed, all in one {@link TextStyle}. */
public record StyledSpan(String text, TextStyle style) {
}
