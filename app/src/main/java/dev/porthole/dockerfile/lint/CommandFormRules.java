package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.JsonArrays;
import dev.porthole.dockerfile.MappedText;
import dev.porthole.dockerfile.Stage;
import dev.porthole.dockerfile.TextEdit;

import java.util.List;
import java.util.Set;

/** CMD and ENTRYPOINT: JSON form (DL3025) and one of each per stage (DL4003, DL4004). */
final class CommandFormRules implements RuleFamily {

    /** Characters that mean the shell must read the command: splitting it into words would change it. */
    private static final String SHELL_SYNTAX = "$`*?[]~{}()<>|&;#\\\n";

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3025, Rule.DL4003, Rule.DL4004);
    }

    @Override
    public void check(LintContext context, Findings out) {
        for (Instruction i : context.file().instructions()) {
            if ((i.is("CMD") || i.is("ENTRYPOINT")) && !i.isJsonForm() && !i.arguments().isEmpty()) {
                out.add(Rule.DL3025, i, i.arguments().sourceRange(), "Use arguments JSON notation for CMD and "
                        + "ENTRYPOINT arguments: in shell form the command runs under /bin/sh -c, which does not pass "
                        + "on stop signals", jsonFix(i));
            }
        }
        for (Stage stage : context.file().stages()) {
            reportRepeats(stage.all("CMD"), Rule.DL4003, "CMD", out);
            reportRepeats(stage.all("ENTRYPOINT"), Rule.DL4004, "ENTRYPOINT", out);
        }
    }

    private static void reportRepeats(List<Instruction> all, Rule rule, String name, Findings out) {
        for (int k = 1; k < all.size(); k++) {
            out.add(rule, all.get(k), "Multiple " + name + " instructions found in this stage (the first on line "
                    + all.getFirst().line() + "). Only the last " + name + " takes effect");
        }
    }

    /** Plain words become a JSON array; anything the shell must interpret is handed to {@code /bin/sh -c}. */
    private static QuickFix jsonFix(Instruction i) {
        MappedText args = i.arguments();
        String text = args.text();
        boolean plain = text.chars().noneMatch(c -> SHELL_SYNTAX.indexOf(c) >= 0);
        ShellScript script = ShellScript.parse(args);
        List<String> array;
        if (plain && script.commands().size() == 1) {
            array = script.commands().getFirst().words().stream().map(ShellWord::value).toList();
        } else {
            array = List.of("/bin/sh", "-c", text);
        }
        return QuickFix.of("Convert to JSON form", new TextEdit(args.sourceRange().start(),
                args.sourceRange().end(), JsonArrays.format(array)));
    }
}
