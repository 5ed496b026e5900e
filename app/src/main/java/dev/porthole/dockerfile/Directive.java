package dev.porthole.dockerfile;

/** A parser directive at the top of the file, like {@code # syntax=docker/dockerfile:1} or {@code # escape=`}. */
public record Directive(String name, String value, int line, TextRange range) {
}
