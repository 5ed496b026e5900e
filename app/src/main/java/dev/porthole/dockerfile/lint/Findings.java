package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.TextRange;

import java.util.ArrayList;
import java.util.List;

/** Where rule families put what they find; every finding is reported on its instruction's first line. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    /** Reports {@code rule} for {@code at}, underlining {@code range}, with optional fixes. */
    public void add(Rule rule, Instruction at, TextRange range, String message, QuickFix... fixes) {
        list.add(new Finding(rule, at.line(), range, message, List.of(fixes)));
    }

    /** Reports {@code rule} for {@code at}, underlining its keyword. */
    public void add(Rule rule, Instruction at, String message, QuickFix... fixes) {
        add(rule, at, at.keywordRange(), message, fixes);
    }

    void addFinding(Finding finding) {
        list.add(finding);
    }

    List<Finding> list() {
        return list;
    }
}
