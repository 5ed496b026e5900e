package dev.porthole.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks the builder makes before it runs anything: known instruction names and the arguments each one
 * requires. Failures become {@link ParseProblem}s, reported as {@code syntax} errors.
 */
final class InstructionChecks {

    private static final Set<String> NOT_TRIGGERABLE = Set.of("ONBUILD", "FROM", "MAINTAINER");

    private InstructionChecks() {
    }

    static void check(Instruction i, List<ParseProblem> problems) {
        String problem = problemOf(i);
        if (problem != null) {
            problems.add(new ParseProblem(i.line(), i.isKnown() ? i.range() : i.keywordRange(), problem));
        }
    }

    private static String problemOf(Instruction i) {
        if (!i.isKnown()) {
            return unknown(i.keyword());
        }
        String usage = InstructionCatalog.standard().usage(i.name());
        if (i.arguments().isEmpty() && i.heredocs().isEmpty()) {
            return i.name() + " is missing its arguments: write it as " + usage;
        }
        List<Word> words = i.words();
        return switch (i.name()) {
            case "COPY", "ADD" -> words.size() < 2
                    ? i.name() + " needs a source and a destination: " + usage : null;
            case "SHELL" -> i.isJsonForm() && !i.jsonArguments().isEmpty() ? null
                    : "SHELL needs a JSON array of strings: " + usage;
            case "FROM" -> words.size() == 1 || (words.size() == 3 && words.get(1).value().equalsIgnoreCase("as"))
                    ? null : "FROM takes an image and optionally AS and a stage name: " + usage;
            case "HEALTHCHECK" -> healthcheck(words);
            case "ENV", "LABEL" -> keyValues(i.name(), words);
            case "ONBUILD" -> onbuild(i);
            default -> null;
        };
    }

    private static String healthcheck(List<Word> words) {
        String first = words.getFirst().value().toUpperCase(Locale.ROOT);
        if (first.equals("NONE")) {
            return words.size() == 1 ? null : "HEALTHCHECK NONE takes nothing after it";
        }
        if (!first.equals("CMD")) {
            return "HEALTHCHECK takes NONE, or CMD and the command to run: HEALTHCHECK [--interval=30s] CMD command";
        }
        return words.size() > 1 ? null : "HEALTHCHECK CMD is missing the command to run";
    }

    /** ENV and LABEL: {@code KEY=value…}, or the legacy {@code KEY value} which needs a value. */
    private static String keyValues(String name, List<Word> words) {
        Word first = words.getFirst();
        if (first.value().indexOf('=') < 0) {
            return words.size() >= 2 ? null
                    : name + " " + first.value() + " has no value: write it as " + name + " " + first.value() + "=value";
        }
        for (Word w : words) {
            int eq = w.value().indexOf('=');
            if (eq < 0) {
                return name + " mixes forms: '" + w.value() + "' has no '=' (write every pair as key=value)";
            }
            if (eq == 0) {
                return name + " has a pair with no name before '=': " + w.value();
            }
        }
        return null;
    }

    private static String onbuild(Instruction i) {
        Instruction inner = i.triggered().orElse(null);
        if (inner == null) {
            return null;
        }
        if (!inner.isKnown()) {
            return unknown(inner.keyword());
        }
        if (NOT_TRIGGERABLE.contains(inner.name())) {
            return "ONBUILD cannot trigger " + inner.name();
        }
        return inner.arguments().isEmpty()
                ? "ONBUILD " + inner.name() + " is missing its arguments: write it as ONBUILD "
                + InstructionCatalog.standard().usage(inner.name())
                : null;
    }

    /** "unknown instruction: FORM (did you mean FROM?)". */
    static String unknown(String keyword) {
        String upper = keyword.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String known : DockerfileParser.INSTRUCTIONS) {
            int d = distance(upper, known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return "unknown instruction: " + keyword + (best == null ? "" : " (did you mean " + best + "?)");
    }

    /** Edit distance counting a swap of two neighbours as one edit, so FORM is one step from FROM. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
