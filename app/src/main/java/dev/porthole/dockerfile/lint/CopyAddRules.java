package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Flag;
import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.Stage;
import dev.porthole.dockerfile.Word;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ADD only where COPY cannot do (DL3020), and COPY --from naming something that exists (DL3022). */
final class CopyAddRules implements RuleFamily {

    private static final List<String> ARCHIVES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL3020, Rule.DL3022);
    }

    @Override
    public void check(LintContext context, Findings out) {
        for (Instruction i : context.file().instructions()) {
            if (i.is("ADD") && i.words().size() >= 2) {
                List<Word> sources = i.words().subList(0, i.words().size() - 1);
                sources.stream().filter(w -> isLocalFile(w.value())).findFirst().ifPresent(w -> out.add(Rule.DL3020,
                        i, i.keywordRange(), "Use COPY instead of ADD for files and folders: ADD is for URLs "
                                + "and local tar archives it should unpack ('" + w.value() + "' is neither)"));
            }
        }
        Set<String> earlier = new HashSet<>();
        for (Stage stage : context.file().stages()) {
            for (Instruction i : stage.instructions()) {
                if (!i.is("COPY")) {
                    continue;
                }
                Flag from = i.flag("from").orElse(null);
                if (from != null && from.hasValue() && !isKnownSource(from.value(), earlier)) {
                    out.add(Rule.DL3022, i, from.range(), "COPY --from should reference a previously defined FROM "
                            + "alias: no stage before this one is named '" + from.value() + "'");
                }
            }
            stage.normalizedName().ifPresent(earlier::add);
        }
    }

    /** A local file or folder: not a URL, not a git address, not a tar archive ADD would unpack, not a heredoc. */
    private static boolean isLocalFile(String source) {
        if (source.startsWith("<<") || source.contains("://") || source.startsWith("git@")) {
            return false;
        }
        String lower = source.toLowerCase(Locale.ROOT);
        return ARCHIVES.stream().noneMatch(lower::endsWith);
    }

    /** An earlier stage name, a stage number, an image reference (has : or /), or a variable. */
    private static boolean isKnownSource(String value, Set<String> earlierStages) {
        return earlierStages.contains(value.toLowerCase(Locale.ROOT)) || value.chars().allMatch(Character::isDigit)
                || value.contains(":") || value.contains("/") || value.contains("$");
    }
}
