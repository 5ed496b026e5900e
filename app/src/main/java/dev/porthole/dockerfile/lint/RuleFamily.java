package dev.porthole.dockerfile.lint;

import java.util.Set;

/** A few related lint rules checked together (all the apt-get rules, say), so shared work is done once. */
public interface RuleFamily {

    /** The rules this family can report. */
    Set<Rule> rules();

    /** Checks the parsed file in {@code context} and adds what it finds. */
    void check(LintContext context, Findings out);
}
