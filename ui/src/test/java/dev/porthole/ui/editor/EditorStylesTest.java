package dev.porthole.ui.editor;

import dev.porthole.dockerfile.highlight.DockerfileHighlighter;
import dev.porthole.dockerfile.lint.DockerfileLinter;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditorStylesTest {

    /** The classes at each character, for reading the spans back. */
    private static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }

    @Test
    void spansCoverTheTextWithTokenClassesAndLintUnderlines() {
        String text = "FROM ubuntu\nMAINTAINER me\n";
        var spans = EditorStyles.spans(text.length(), DockerfileHighlighter.tokens(text),
                new DockerfileLinter().lint(text));
        assertThat(spans.length()).isEqualTo(text.length());
        List<Collection<String>> at = perChar(spans);
        assertThat(at.get(0)).contains("df-instruction");
        int maintainer = text.indexOf("MAINTAINER");
        assertThat(at.get(maintainer)).contains("df-instruction", "lint-error");
        assertThat(at.get(text.indexOf("ubuntu"))).contains("lint-warning");
    }

    @Test
    void anEmptyTextHasEmptySpans() {
        assertThat(EditorStyles.spans(0, List.of(), List.of()).length()).isZero();
    }

    @Test
    void analysisOfTwoThousandLinesStylesEveryCharacterAndFindsProblems() {
        StringBuilder sb = new StringBuilder("FROM debian:12\n");
        for (int i = 0; i < 2000; i++) {
            sb.append(i % 2 == 0 ? "RUN apt-get install -y curl && echo \"$HOME\" # " + i + "\n"
                    : "COPY --chown=app:app src/ /app/" + i + "\n");
        }
        String text = sb.toString();
        Analysis.of(text, 0);
        long start = System.nanoTime();
        Analysis a = Analysis.of(text, 1);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(a.styles().length()).isEqualTo(text.length());
        assertThat(a.findings()).isNotEmpty();
        // speed is reported, not asserted (the benchmark's job)
        System.out.println("Analysis of 2,000 lines took " + ms + " ms");
    }
}
