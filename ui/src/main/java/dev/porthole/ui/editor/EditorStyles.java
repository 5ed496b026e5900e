package dev.porthole.ui.editor;

import dev.porthole.dockerfile.highlight.Token;
import dev.porthole.dockerfile.lint.Finding;
import dev.porthole.dockerfile.lint.Severity;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Style classes for the code area: each token's {@code df-…} class, plus {@code lint-error}, {@code lint-warning}
 * or {@code lint-info} (the most serious finding) where a finding's range lies. Pure, for any thread.
 */
public final class EditorStyles {

    private EditorStyles() {
    }

    /** The CSS class underlining text of a finding of this severity. */
    public static String lintClass(Severity severity) {
        return "lint-" + severity.name().toLowerCase(Locale.ROOT);
    }

    /** Spans covering {@code [0, length)}: tokens (sorted, not overlapping) with findings laid over them. */
    public static StyleSpans<Collection<String>> spans(int length, List<Token> tokens, List<Finding> findings) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(length);
        for (Token t : tokens) {
            cuts.add(Math.min(t.start(), length));
            cuts.add(Math.min(t.end(), length));
        }
        List<Finding> marked = new ArrayList<>();
        for (Finding f : findings) {
            int start = Math.min(f.range().start(), length);
            int end = Math.min(f.range().end(), length);
            if (end > start) {
                marked.add(f);
                cuts.add(start);
                cuts.add(end);
            }
        }
        marked.sort(Comparator.comparingInt(f -> f.range().start()));
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        // a sweep: findings enter the active list at their start and leave it at their end
        List<Finding> active = new ArrayList<>();
        int tokenIndex = 0;
        int nextFinding = 0;
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int from = previous;
                while (tokenIndex < tokens.size() && tokens.get(tokenIndex).end() <= from) {
                    tokenIndex++;
                }
                while (nextFinding < marked.size() && marked.get(nextFinding).range().start() <= from) {
                    active.add(marked.get(nextFinding++));
                }
                active.removeIf(f -> f.range().end() <= from);
                List<String> classes = new ArrayList<>(2);
                if (tokenIndex < tokens.size() && tokens.get(tokenIndex).start() <= from) {
                    classes.add(tokens.get(tokenIndex).kind().styleClass());
                }
                Severity worst = null;
                for (Finding f : active) {
                    if (worst == null || f.severity().ordinal() < worst.ordinal()) {
                        worst = f.severity();
                    }
                }
                if (worst != null) {
                    classes.add(lintClass(worst));
                }
                builder.add(classes, cut - from);
            }
            previous = cut;
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }
}
