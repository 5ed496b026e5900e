package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.Stage;

import java.util.List;
import java.util.Set;

/** Commands a RUN should not use, cd (DL3003) and sudo (DL3004), and pipes without pipefail (DL4006). */
final class ShellCommandRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3003, Rule.DL3004, Rule.DL4006);
    }

    @Override
    public void check(LintContext context, Findings out) {
        for (Instruction run : context.runs()) {
            RunScript script = context.script(run);
            script.commands().stream().filter(c -> c.is("cd")).findFirst().ifPresent(c -> out.add(Rule.DL3003, run,
                    c.nameWord().source(), "Use WORKDIR to switch to a directory: cd lasts only for this RUN"));
            script.commands().stream().filter(c -> c.is("sudo")).findFirst().ifPresent(c -> out.add(Rule.DL3004,
                    run, c.nameWord().source(), "Do not use sudo as it leads to unpredictable behavior: RUN already "
                            + "runs as the current USER; switch with USER, or use a tool like gosu"));
        }
        for (Stage stage : context.file().stages()) {
            boolean shellPipefail = false;
            for (Instruction i : stage.instructions()) {
                if (i.is("SHELL")) {
                    shellPipefail = setsPipefail(i.jsonArguments());
                } else if (i.is("RUN") && !i.isJsonForm() && !shellPipefail) {
                    RunScript script = context.script(i);
                    if (script.hasPipe() && !startsWithSetPipefail(script)) {
                        out.add(Rule.DL4006, i, "Set the SHELL option -o pipefail before RUN with a pipe in it "
                                + "(SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]), or start the RUN with "
                                + "set -o pipefail; otherwise a failing command before the pipe goes unnoticed");
                    }
                }
            }
        }
    }

    private static boolean startsWithSetPipefail(RunScript script) {
        for (ShellCommand c : script.commands()) {
            if (c.name().isEmpty()) {
                continue; // the line holding <<EOF; the script proper follows
            }
            return c.is("set") && setsPipefail(c.arguments().stream().map(ShellWord::value).toList());
        }
        return false;
    }

    /** Whether the arguments hold {@code -o pipefail} (also bundled, as in {@code -euo pipefail}). */
    static boolean setsPipefail(List<String> args) {
        for (int k = 0; k + 1 < args.size(); k++) {
            String a = args.get(k);
            if (a.startsWith("-") && !a.startsWith("--") && a.endsWith("o") && args.get(k + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }
}
