package dev.porthole.dockerfile.lint;

import java.util.List;

/** Shared helpers for rule tests: write a Dockerfile line by line, lint it, look at one rule's findings. */
final class LintTesting {

    static final DockerfileLinter LINTER = new DockerfileLinter();

    private LintTesting() {
    }

    /** Lines joined with "\n" plus a final line break, so backslashes read as they would in the file. */
    static String df(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The findings of {@code rule} for {@code text}. */
    static List<Finding> findings(String text, Rule rule) {
        return LINTER.lint(text).stream().filter(f -> f.rule() == rule).toList();
    }

    /** The lines {@code rule} reports for {@code text}. */
    static List<Integer> lines(String text, Rule rule) {
        return findings(text, rule).stream().map(Finding::line).toList();
    }
}
