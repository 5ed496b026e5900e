package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.MappedText;
import dev.porthole.dockerfile.Stage;
import dev.porthole.dockerfile.TextEdit;
import dev.porthole.dockerfile.Word;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folders: WORKDIR should be absolute (DL3000), and COPY to a relative destination needs a WORKDIR set in the
 * stage (DL3045). A stage built FROM an earlier stage inherits that stage's WORKDIR.
 */
final class WorkdirRules implements RuleFamily {

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:.*", Pattern.DOTALL);

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3000, Rule.DL3045);
    }

    @Override
    public void check(LintContext context, Findings out) {
        Map<String, String> finalWorkdir = new HashMap<>(); // stage name (lower case) -> its last WORKDIR
        for (Stage stage : context.file().stages()) {
            // null: no WORKDIR set in this stage (or inherited)
            String workdir = finalWorkdir.get(stage.image().toLowerCase(Locale.ROOT));
            for (Instruction i : stage.instructions()) {
                if (i.is("WORKDIR") && !i.arguments().isEmpty()) {
                    String path = path(i);
                    if (!isAbsolute(path)) {
                        out.add(Rule.DL3000, i, i.arguments().sourceRange(), "Use absolute WORKDIR: '" + path
                                + "' depends on the folder set before it", absoluteFix(i, workdir));
                    }
                    workdir = resolve(workdir, path);
                } else if (i.is("COPY") && workdir == null && i.words().size() >= 2) {
                    Word dest = i.words().getLast();
                    if (!isAbsolute(dest.value())) {
                        out.add(Rule.DL3045, i, dest.source(), "COPY to a relative destination without WORKDIR "
                                + "set: '" + dest.value() + "' lands in whatever folder the base image uses; set "
                                + "WORKDIR first or copy to an absolute path");
                    }
                }
            }
            if (stage.name() != null) {
                finalWorkdir.put(stage.name().toLowerCase(Locale.ROOT), workdir);
            }
        }
    }

    /** Whether a path is absolute: starts with {@code /}, a variable, or a Windows drive letter. */
    static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("$") || WINDOWS_DRIVE.matcher(path).matches();
    }

    /** The WORKDIR path with surrounding quotes removed. */
    private static String path(Instruction workdir) {
        String p = workdir.arguments().text();
        if (p.length() >= 2 && (p.charAt(0) == '"' || p.charAt(0) == '\'') && p.charAt(p.length() - 1) == p.charAt(0)) {
            return p.substring(1, p.length() - 1);
        }
        return p;
    }

    /** Where {@code path} leads from {@code current} (null: nothing set yet, which is {@code /} in most images). */
    private static String resolve(String current, String path) {
        if (isAbsolute(path)) {
            return path;
        }
        String base = current == null ? "/" : current;
        String rel = path;
        while (rel.startsWith("./")) {
            rel = rel.substring(2);
        }
        if (rel.equals(".") || rel.isEmpty()) {
            return base;
        }
        return (base.endsWith("/") ? base : base + "/") + rel;
    }

    /** Rewrites the path as the absolute one it resolves to from the folder set before it. */
    private static QuickFix absoluteFix(Instruction workdir, String current) {
        // a variable or a drive letter cannot be joined safely: fall back to the root
        String base = current != null && current.startsWith("/") ? current : null;
        String absolute = resolve(base, path(workdir));
        MappedText args = workdir.arguments();
        String original = args.text();
        boolean quoted = !original.equals(path(workdir));
        String replacement = quoted ? original.charAt(0) + absolute + original.charAt(0) : absolute;
        return QuickFix.of("Make the path absolute: " + absolute,
                new TextEdit(args.sourceRange().start(), args.sourceRange().end(), replacement));
    }
}
