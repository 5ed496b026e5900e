package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.TextEdit;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** ENV, ARG, LABEL and MAINTAINER: no MAINTAINER (DL4000), key=value form, no secrets in ARG or ENV. */
final class MetadataRules implements RuleFamily {

    /** Words that, standing alone between underscores in a name, suggest a secret. */
    private static final Set<String> SECRET_WORDS = Set.of("apikey", "auth", "credential", "credentials", "key",
            "password", "passwd", "pword", "secret", "token");

    @Override
    public Set<Rule> rules() {
        return Set.of(Rule.DL4000, Rule.LEGACY_KEY_VALUE_FORMAT, Rule.SECRETS_USED_IN_ARG_OR_ENV);
    }

    @Override
    public void check(LintContext context, Findings out) {
        char escape = context.file().escape();
        for (Instruction i : context.file().instructions()) {
            switch (i.name()) {
                case "MAINTAINER" -> out.add(Rule.DL4000, i, "MAINTAINER is deprecated: use LABEL maintainer=\"name\"",
                        labelFix(i, escape));
                case "ENV", "LABEL", "ARG" -> {
                    if (!i.is("ARG") && isLegacyForm(i)) {
                        out.add(Rule.LEGACY_KEY_VALUE_FORMAT, i, "\"" + i.name() + " key=value\" should be used "
                                + "instead of legacy \"" + i.name() + " key value\" format");
                    }
                    if (!i.is("LABEL")) {
                        List<String> secrets = i.declaredNames().stream().filter(MetadataRules::looksSecret).toList();
                        if (!secrets.isEmpty()) {
                            out.add(Rule.SECRETS_USED_IN_ARG_OR_ENV, i, i.arguments().sourceRange(), "Do not use ARG "
                                    + "or ENV instructions for sensitive data (" + i.name() + " "
                                    + secrets.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "))
                                    + "): they stay readable in the image; use a build secret (RUN --mount=type=secret)");
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Whether ENV or LABEL is written the legacy way, {@code KEY value} with no {@code =}. */
    private static boolean isLegacyForm(Instruction i) {
        return i.words().size() >= 2 && i.words().getFirst().value().indexOf('=') < 0;
    }

    /** Whether one {@code _}-separated word of the name is a secret word. */
    static boolean looksSecret(String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("_")) {
            if (SECRET_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** {@code MAINTAINER Jane <j@x>} becomes {@code LABEL maintainer="Jane <j@x>"}, keyword case kept. */
    private static QuickFix labelFix(Instruction maintainer, char escape) {
        String value = maintainer.arguments().text();
        StringBuilder quoted = new StringBuilder("\"");
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == '"' || c == escape) {
                quoted.append(escape);
            }
            quoted.append(c);
        }
        quoted.append('"');
        boolean lower = maintainer.keyword().equals(maintainer.keyword().toLowerCase(Locale.ROOT));
        String replacement = (lower ? "label" : "LABEL") + " maintainer=" + quoted;
        return QuickFix.of("Replace with LABEL maintainer=…", new TextEdit(maintainer.range().start(),
                maintainer.range().end(), replacement));
    }
}
