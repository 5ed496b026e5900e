package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.Stage;

import java.util.Set;

/** Consecutive RUNs in a stage (DL3059): each makes a layer, so related commands belong in one RUN. */
final class RunSequenceRule implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3059);
    }

    @Override
    public void check(LintContext context, Findings out) {
        for (Stage stage : context.file().stages()) {
            Instruction previous = null;
            for (Instruction i : stage.instructions()) {
                if (i.is("RUN") && previous != null && previous.is("RUN")) {
                    out.add(Rule.DL3059, i, "Multiple consecutive RUN instructions (see line " + previous.line()
                            + "). Consider consolidation: each RUN makes its own layer");
                }
                previous = i;
            }
        }
    }
}
