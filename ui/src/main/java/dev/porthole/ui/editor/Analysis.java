package dev.porthole.ui.editor;

import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.dockerfile.DockerfileParser;
import dev.porthole.dockerfile.explain.LineExplainer;
import dev.porthole.dockerfile.highlight.DockerfileHighlighter;
import dev.porthole.dockerfile.highlight.Token;
import dev.porthole.dockerfile.lint.DockerfileLinter;
import dev.porthole.dockerfile.lint.Finding;
import dev.porthole.dockerfile.lint.Severity;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a document's text, made off the FX thread: the parse, highlighting tokens, lint findings, the
 * lines that add a layer, and the style spans ready to apply. {@code version} says which edit it was made for, so
 * the editor can drop a result that an edit has overtaken.
 */
public record Analysis(long version, String text, Dockerfile file, List<Token> tokens, List<Finding> findings,
                       Set<Integer> layerLines, StyleSpans<Collection<String>> styles) {

    private static final DockerfileLinter LINTER = new DockerfileLinter();
    private static final LineExplainer EXPLAINER = new LineExplainer();

    /** Parses, highlights and lints {@code text}. Pure; safe on any thread. */
    public static Analysis of(String text, long version) {
        Dockerfile file = DockerfileParser.parse(text);
        List<Token> tokens = DockerfileHighlighter.tokens(file);
        List<Finding> findings = LINTER.lint(file);
        Set<Integer> layers = new HashSet<>();
        EXPLAINER.layerInstructions(file).forEach(i -> layers.add(i.line()));
        return new Analysis(version, text, file, tokens, findings, Set.copyOf(layers),
                EditorStyles.spans(text.length(), tokens, findings));
    }

    /** The most serious finding's severity for each 1-based line that has findings. */
    public Map<Integer, Severity> severityByLine() {
        Map<Integer, Severity> out = new HashMap<>();
        for (Finding f : findings) {
            out.merge(f.line(), f.severity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        return out;
    }

    /** The findings reported on a 1-based line. */
    public List<Finding> findingsOn(int line) {
        return findings.stream().filter(f -> f.line() == line).toList();
    }
}
