package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.Stage;
import dev.porthole.dockerfile.TextEdit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** pip in RUN: pinned requirements (DL3013) and no download cache left in the layer (DL3042). */
final class PipRules implements RuleFamily {

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3013, Rule.DL3042);
    }

    @Override
    public void check(LintContext context, Findings out) {
        for (Stage stage : context.file().stages()) {
            boolean cacheOffByEnv = false;
            for (Instruction i : stage.instructions()) {
                if (i.is("ENV")) {
                    cacheOffByEnv |= i.declaredNames().contains("PIP_NO_CACHE_DIR");
                } else if (i.is("RUN")) {
                    checkRun(context.script(i), cacheOffByEnv, out);
                }
            }
        }
    }

    private void checkRun(RunScript script, boolean cacheOffByEnv, Findings out) {
        List<PipInstall> installs = new ArrayList<>();
        for (ShellCommand c : script.commands()) {
            PipInstall pip = PipInstall.of(c);
            if (pip != null) {
                installs.add(pip);
            }
        }
        Instruction run = script.instruction();
        List<ShellWord> unpinned = installs.stream().flatMap(p -> p.unpinned().stream()).toList();
        if (!unpinned.isEmpty()) {
            String names = unpinned.stream().map(ShellWord::value).distinct().collect(Collectors.joining(", "));
            out.add(Rule.DL3013, run, unpinned.getFirst().source(), "Pin versions in pip: " + names
                    + (unpinned.size() == 1 ? " has" : " have") + " no version (write package==version, "
                    + "or install from a requirements file with -r)");
        }
        List<PipInstall> caching = cacheOffByEnv ? List.of() : installs.stream().filter(p -> !p.skipsCache()).toList();
        if (!caching.isEmpty()) {
            List<TextEdit> edits = caching.stream()
                    .map(p -> TextEdit.insert(p.install().source().end(), " --no-cache-dir")).toList();
            out.add(Rule.DL3042, run, caching.getFirst().install().source(), "Avoid use of cache directory with "
                    + "pip: use pip install --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1 earlier in the stage)",
                    new QuickFix("Add --no-cache-dir", edits));
        }
    }
}
