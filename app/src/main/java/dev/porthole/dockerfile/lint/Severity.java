package dev.porthole.dockerfile.lint;

import java.util.Locale;

/** How serious a finding is, most serious first. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used on the command line and in output: error, warning, info. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is as serious as {@code level} or more. */
    public boolean isAtLeast(Severity level) {
        return ordinal() <= level.ordinal();
    }

    /** The severity named {@code label} (any case). */
    public static Severity parse(String label) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(label.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a severity; use error, warning or info");
    }
}
