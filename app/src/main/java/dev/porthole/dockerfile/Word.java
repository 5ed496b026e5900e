package dev.porthole.dockerfile;

/**
 * One shell-like word of an instruction's arguments: {@code value} with quotes removed and escapes applied,
 * {@code start}/{@code end} in the arguments text, {@code source} where it sits in the file.
 */
public record Word(String value, int start, int end, TextRange source) {
}
