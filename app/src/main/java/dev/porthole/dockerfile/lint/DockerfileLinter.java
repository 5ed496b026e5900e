package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Comment;
import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.dockerfile.DockerfileParser;
import dev.porthole.dockerfile.ParseProblem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lints a Dockerfile: parse problems as {@code syntax} errors, then every rule family. A
 * {@code # hadolint ignore=ID[,ID]} comment on the line above an instruction silences those rules for it.
 * Stateless, so one linter can serve any number of threads.
 */
public final class DockerfileLinter {

    private static final Pattern IGNORE = Pattern.compile("hadolint\\s+ignore\\s*=\\s*([A-Za-z0-9_,\\s]+)");

    private final List<RuleFamily> families;

    /** A linter with every rule Porthole knows. */
    public DockerfileLinter() {
        this(standardFamilies());
    }

    /** A linter with the given rule families. */
    public DockerfileLinter(List<RuleFamily> families) {
        this.families = List.copyOf(families);
    }

    /** Every rule family, together covering each {@link Rule} but {@code syntax}. */
    public static List<RuleFamily> standardFamilies() {
        return List.of(new BaseImageRules(), new AptRules(), new PipRules(), new ShellCommandRules(),
                new WorkdirRules(), new CopyAddRules(), new CommandFormRules(), new UserRule(), new ExposeRule(),
                new MetadataRules(), new CasingRule(), new RunSequenceRule());
    }

    /** Parses and lints {@code text}. */
    public List<Finding> lint(String text) {
        return lint(DockerfileParser.parse(text));
    }

    /** Lints a parsed file; findings are sorted by line, then position, then rule. */
    public List<Finding> lint(Dockerfile file) {
        Findings out = new Findings();
        for (ParseProblem p : file.problems()) {
            out.addFinding(new Finding(Rule.SYNTAX, p.line(), p.range(), p.message(), List.of()));
        }
        LintContext context = new LintContext(file);
        for (RuleFamily family : families) {
            family.check(context, out);
        }
        Map<Integer, Set<String>> ignored = ignoredByLine(file);
        return out.list().stream()
                .filter(f -> !ignored.getOrDefault(f.line() - 1, Set.of()).contains(f.ruleId().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingInt(Finding::line).thenComparingInt(f -> f.range().start())
                        .thenComparing(Finding::rule))
                .toList();
    }

    /** Line of each ignore comment -> the rule ids it names, in lower case. */
    private static Map<Integer, Set<String>> ignoredByLine(Dockerfile file) {
        Map<Integer, Set<String>> ignored = new HashMap<>();
        for (Comment c : file.comments()) {
            Matcher m = IGNORE.matcher(c.text());
            if (m.lookingAt()) {
                ignored.put(c.line(), Arrays.stream(m.group(1).split("[,\\s]+")).filter(s -> !s.isBlank())
                        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
            }
        }
        return ignored;
    }
}
