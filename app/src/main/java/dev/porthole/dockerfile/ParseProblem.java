package dev.porthole.dockerfile;

/** Something the parser could not make sense of; the linter reports it as a {@code syntax} error. */
public record ParseProblem(int line, TextRange range, String message) {
}
