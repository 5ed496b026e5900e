package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.Word;

import java.util.Set;

/** EXPOSE names real ports (DL3011): 0-65535, single or a range, with an optional /tcp or /udp. */
final class ExposeRule implements RuleFamily {

    private static final int MAX_PORT = 65535;

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3011);
    }

    @Override
    public void check(LintContext context, Findings out) {
        for (Instruction i : context.file().instructions()) {
            if (!i.is("EXPOSE")) {
                continue;
            }
            for (Word w : i.words()) {
                String bad = outOfRange(w.value());
                if (bad != null) {
                    out.add(Rule.DL3011, i, w.source(), "Valid UNIX ports range from 0 to 65535: " + bad
                            + " is not a port");
                    break;
                }
            }
        }
    }

    /** The port number in {@code spec} beyond 65535, or null. */
    private static String outOfRange(String spec) {
        int slash = spec.indexOf('/');
        String ports = slash < 0 ? spec : spec.substring(0, slash);
        for (String p : ports.split("-", -1)) {
            if (!p.isEmpty() && p.chars().allMatch(Character::isDigit)
                    && (p.length() > 5 || Integer.parseInt(p) > MAX_PORT)) {
                return p;
            }
        }
        return null;
    }
}
