package dev.porthole.dockerfile.highlight;

import dev.porthole.cli.bench.LintBenchGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileHighlighterTest {

    /** Each token as "KIND:text", to read tests like the highlighted file. */
    private static List<String> shown(String text) {
        return DockerfileHighlighter.tokens(text).stream()
                .map(t -> t.kind() + ":" + text.substring(t.start(), t.end())).toList();
    }

    private static String df(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void directivesCommentsInstructionsFlagsAndKeywordsGetTheirKinds() {
        String text = df("# syntax=docker/dockerfile:1", "# build stage", "FROM --platform=linux/amd64 golang:1.24 AS build");

        assertThat(shown(text)).containsExactly("DIRECTIVE:# syntax=docker/dockerfile:1", "COMMENT:# build stage",
                "INSTRUCTION:FROM", "FLAG:--platform=linux/amd64", "KEYWORD:AS");
    }

    @Test
    void stringsAndVariablesAreHighlightedWithVariablesSplitOutOfDoubleQuotes() {
        String text = df("FROM x:1", "ENV GREETING=\"hi $USER\" PATH=${PATH:-/bin}:/opt 'lit $NOT'");

        assertThat(shown(text)).containsExactly("INSTRUCTION:FROM", "INSTRUCTION:ENV", "STRING:\"hi ",
                "VARIABLE:$USER", "STRING:\"", "VARIABLE:${PATH:-/bin}", "STRING:'lit $NOT'");
    }

    @Test
    void jsonArraysGetPunctuationAndStrings() {
        assertThat(shown(df("FROM x:1", "CMD [\"python\", \"app.py\"]"))).containsExactly("INSTRUCTION:FROM",
                "INSTRUCTION:CMD", "JSON_PUNCTUATION:[", "STRING:\"python\"", "JSON_PUNCTUATION:,",
                "STRING:\"app.py\"", "JSON_PUNCTUATION:]");
    }

    @Test
    void continuationsAndCommentLinesInsideAnInstructionAreMarked() {
        String text = df("FROM x:1", "RUN echo \"a \\", "# note", "b\"");

        assertThat(shown(text)).containsExactly("INSTRUCTION:FROM", "INSTRUCTION:RUN", "STRING:\"a ",
                "CONTINUATION:\\", "COMMENT:# note", "STRING:b\"");
    }

    @Test
    void heredocsGetDelimitersAndABodyWithVariablesWhenTheDelimiterIsUnquoted() {
        String text = df("FROM x:1", "RUN <<EOF", "echo $HOME", "EOF", "COPY <<'X' /etc/motd", "no $expansion", "X");

        assertThat(shown(text)).containsExactly("INSTRUCTION:FROM", "INSTRUCTION:RUN", "HEREDOC_DELIMITER:<<EOF",
                "HEREDOC_BODY:echo ", "VARIABLE:$HOME", "HEREDOC_DELIMITER:EOF", "INSTRUCTION:COPY",
                "HEREDOC_DELIMITER:<<'X'", "HEREDOC_BODY:no $expansion", "HEREDOC_DELIMITER:X");
    }

    @Test
    void healthcheckCmdAndOnbuildTriggersAreHighlightedInside() {
        String text = df("FROM x:1", "HEALTHCHECK --interval=30s CMD curl -f $URL", "ONBUILD RUN make");

        assertThat(shown(text)).containsExactly("INSTRUCTION:FROM", "INSTRUCTION:HEALTHCHECK",
                "FLAG:--interval=30s", "KEYWORD:CMD", "VARIABLE:$URL", "INSTRUCTION:ONBUILD", "INSTRUCTION:RUN");
    }

    @Test
    void unknownInstructionsAreLeftPlainForTheLintUnderline() {
        assertThat(shown(df("FORM x:1"))).isEmpty();
    }

    @Test
    void tokensOfABigFileAreSortedAndNeverOverlap() {
        String text = LintBenchGroup.generatedDockerfile(2000);

        List<Token> tokens = DockerfileHighlighter.tokens(text);

        assertThat(text.lines().count()).isEqualTo(2000);
        assertThat(tokens).hasSizeGreaterThan(2000);
        for (int k = 1; k < tokens.size(); k++) {
            assertThat(tokens.get(k).start()).isGreaterThanOrEqualTo(tokens.get(k - 1).end());
        }
        assertThat(tokens).allSatisfy(t -> assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void styleClassesAreCssFriendly() {
        assertThat(TokenKind.JSON_PUNCTUATION.styleClass()).isEqualTo("df-json-punctuation");
        assertThat(TokenKind.INSTRUCTION.styleClass()).isEqualTo("df-instruction");
    }
}
