package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.TextRange;

/** A word of a shell command with quotes removed, and where it sits in the Dockerfile. */
record ShellWord(String value, TextRange source) {

    boolean isOption() {
        return value.startsWith("-") && value.length() > 1;
    }
}
