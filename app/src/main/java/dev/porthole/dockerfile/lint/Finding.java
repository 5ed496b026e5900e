package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.TextRange;

import java.util.List;
import java.util.Optional;

/**
 * One lint finding: the rule, the 1-based line where the instruction starts, the stretch of text to underline,
 * a message for people, and the quick fixes that resolve it (often none).
 */
public record Finding(Rule rule, int line, TextRange range, String message, List<QuickFix> fixes) {

    public Finding {
        fixes = List.copyOf(fixes);
    }

    /** The rule id, e.g. {@code DL3008}. */
    public String ruleId() {
        return rule.id();
    }

    /** The rule's severity. */
    public Severity severity() {
        return rule.severity();
    }

    /** The first quick fix, if there is one. */
    public Optional<QuickFix> fix() {
        return fixes.isEmpty() ? Optional.empty() : Optional.of(fixes.getFirst());
    }
}
