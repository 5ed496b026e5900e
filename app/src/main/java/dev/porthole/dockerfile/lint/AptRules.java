package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Heredoc;
import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.MappedText;
import dev.porthole.dockerfile.TextEdit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** apt in RUN: pinned packages, -y, no recommends, lists cleaned up, apt-get rather than apt. */
final class AptRules implements RuleFamily {

    static final String CLEANUP = "rm -rf /var/lib/apt/lists/*";
    private static final String LISTS = "/var/lib/apt/lists";
    /** apt subcommands and the script-friendly tool that does the same; the rest have no drop-in equivalent. */
    private static final Map<String, String> APT_EQUIVALENT = equivalents();

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3008, Rule.DL3009, Rule.DL3014, Rule.DL3015, Rule.DL3027);
    }

    @Override
    public void check(LintContext context, Findings out) {
        for (Instruction run : context.runs()) {
            checkRun(context, run, out);
        }
    }

    private void checkRun(LintContext context, Instruction run, Findings out) {
        RunScript script = context.script(run);
        List<AptGetCall> installs = new ArrayList<>();
        List<ShellCommand> apts = new ArrayList<>();
        boolean cleans = false;
        for (ShellCommand c : script.commands()) {
            if (c.is("apt")) {
                apts.add(c);
            } else if (c.is("rm")) {
                cleans |= c.arguments().stream().anyMatch(w -> w.value().startsWith(LISTS));
            } else {
                AptGetCall call = AptGetCall.of(c);
                if (call != null && call.isInstall()) {
                    installs.add(call);
                }
            }
        }
        if (!apts.isEmpty()) {
            reportApt(run, apts, out);
        }
        if (installs.isEmpty()) {
            return;
        }
        List<ShellWord> unpinned = installs.stream().flatMap(i -> i.unpinnedPackages().stream()).toList();
        if (!unpinned.isEmpty()) {
            out.add(Rule.DL3008, run, unpinned.getFirst().source(), "Pin versions in apt-get install: "
                    + names(unpinned) + (unpinned.size() == 1 ? " has" : " have")
                    + " no =version (write package=version; apt-cache policy package lists versions)");
        }
        installs.stream().filter(i -> !i.assumesYes()).findFirst().ifPresent(i -> out.add(Rule.DL3014, run,
                i.subcommand().source(), "Use the -y switch to avoid manual input: apt-get install -y package"));
        List<AptGetCall> withRecommends = installs.stream().filter(i -> !i.skipsRecommends()).toList();
        if (!withRecommends.isEmpty()) {
            List<TextEdit> edits = withRecommends.stream()
                    .map(i -> TextEdit.insert(i.subcommand().source().end(), " --no-install-recommends")).toList();
            out.add(Rule.DL3015, run, withRecommends.getFirst().subcommand().source(),
                    "Avoid additional packages by specifying --no-install-recommends",
                    new QuickFix("Add --no-install-recommends", edits));
        }
        if (!cleans) {
            QuickFix[] fix = cleanupFix(context, script, installs.getLast());
            out.add(Rule.DL3009, run, installs.getFirst().command().nameWord().source(),
                    "Delete the apt-get lists after installing something: add && " + CLEANUP
                            + " to this RUN, or they stay in the layer", fix);
        }
    }

    private static void reportApt(Instruction run, List<ShellCommand> apts, Findings out) {
        List<TextEdit> edits = new ArrayList<>();
        for (ShellCommand c : apts) {
            String sub = c.arguments().stream().filter(w -> !w.isOption()).map(ShellWord::value).findFirst()
                    .orElse("");
            String tool = APT_EQUIVALENT.get(sub);
            if (tool == null) {
                edits = null;
                break;
            }
            edits.add(new TextEdit(c.nameWord().source().start(), c.nameWord().source().end(), tool));
        }
        QuickFix[] fix = edits == null ? new QuickFix[0]
                : new QuickFix[] {new QuickFix("Use apt-get (or apt-cache) instead of apt", edits)};
        out.add(Rule.DL3027, run, apts.getFirst().nameWord().source(), "Do not use apt as it is meant to be an "
                + "end-user tool, use apt-get or apt-cache instead", fix);
    }

    /** Appends the cleanup to the RUN (or to the heredoc script that installs), when that is safe. */
    private static QuickFix[] cleanupFix(LintContext context, RunScript script, AptGetCall lastInstall) {
        Instruction run = script.instruction();
        Heredoc heredoc = script.heredocHolding(lastInstall.command().nameWord().source());
        String title = "Add " + CLEANUP;
        if (heredoc != null) {
            if (!heredoc.isClosed()) {
                return new QuickFix[0];
            }
            String lineBreak = context.file().lineBreak();
            return new QuickFix[] {QuickFix.of(title,
                    TextEdit.insert(heredoc.terminator().start(), CLEANUP + lineBreak))};
        }
        if (script.arguments() == null || script.arguments().hasComment()) {
            return new QuickFix[0];
        }
        MappedText args = run.arguments();
        String text = args.text();
        if (text.endsWith("&&") || text.endsWith("||") || text.endsWith("|") || text.endsWith("&")) {
            return new QuickFix[0];
        }
        String addition = text.endsWith(";") ? " " + CLEANUP : " && " + CLEANUP;
        return new QuickFix[] {QuickFix.of(title, TextEdit.insert(args.sourceRange().end(), addition))};
    }

    private static String names(List<ShellWord> words) {
        return words.stream().map(ShellWord::value).distinct().collect(Collectors.joining(", "));
    }

    private static Map<String, String> equivalents() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of("install", "remove", "purge", "autoremove", "update", "upgrade", "dist-upgrade",
                "source", "build-dep", "clean", "autoclean", "download", "changelog", "satisfy", "check")) {
            m.put(s, "apt-get");
        }
        for (String s : List.of("search", "show", "showsrc", "showpkg", "policy", "depends", "rdepends", "madison",
                "pkgnames", "stats", "dump")) {
            m.put(s, "apt-cache");
        }
        return Map.copyOf(m);
    }
}
