package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.Stage;

import java.util.Set;

/** The image should not end up running as root (DL3002): the last USER of the last stage. */
final class UserRule implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3002);
    }

    @Override
    public void check(LintContext context, Findings out) {
        if (context.file().stages().isEmpty()) {
            return;
        }
        Stage last = context.file().stages().getLast();
        Instruction user = last.all("USER").stream().reduce((a, b) -> b).orElse(null);
        if (user == null || user.words().isEmpty()) {
            return;
        }
        String name = user.words().getFirst().value();
        int colon = name.indexOf(':');
        String who = colon < 0 ? name : name.substring(0, colon);
        if (who.equals("root") || who.equals("0")) {
            out.add(Rule.DL3002, user, user.arguments().sourceRange(), "Last USER should not be root: containers "
                    + "of this image would run as root; switch to an unprivileged user at the end");
        }
    }
}
