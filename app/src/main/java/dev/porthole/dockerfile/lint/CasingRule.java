package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Instruction keywords in one case (ConsistentInstructionCasing): each one differing from the majority. */
final class CasingRule implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.CONSISTENT_INSTRUCTION_CASING);
    }

    @Override
    public void check(LintContext context, Findings out) {
        List<Instruction> known = context.file().instructions().stream().filter(Instruction::isKnown).toList();
        long upper = known.stream().filter(i -> i.keyword().equals(i.name())).count();
        long lower = known.stream().filter(i -> i.keyword().equals(i.name().toLowerCase(Locale.ROOT))).count();
        // a tie goes to upper case, the usual style
        boolean majorityLower = lower > upper;
        for (Instruction i : known) {
            String expected = majorityLower ? i.name().toLowerCase(Locale.ROOT) : i.name();
            if (!i.keyword().equals(expected)) {
                out.add(Rule.CONSISTENT_INSTRUCTION_CASING, i, "Command '" + i.keyword() + "' should match the case "
                        + "of the command majority (" + (majorityLower ? "lowercase" : "uppercase") + ")");
            }
        }
    }
}
