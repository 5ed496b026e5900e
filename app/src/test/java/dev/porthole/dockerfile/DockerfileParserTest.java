package dev.porthole.dockerfile;

import dev.porthole.dockerfile.lint.DockerfileLinter;
import dev.porthole.dockerfile.highlight.DockerfileHighlighter;
import dev.porthole.dockerfile.explain.LineExplainer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class DockerfileParserTest {

    /** Lines joined with "\n", and a final line break, so backslashes read as they would in the file. */
    static String df(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void continuationJoinsLinesAndKeepsTheStartAndEndLines() {
        Dockerfile f = DockerfileParser.parse(df(
                "FROM debian:12",
                "RUN apt-get update && \\",
                "    apt-get install -y curl",
                "USER app"));

        Instruction run = f.instructions().get(1);
        assertThat(run.line()).isEqualTo(2);
        assertThat(run.endLine()).isEqualTo(3);
        assertThat(run.arguments().text()).isEqualTo("apt-get update &&     apt-get install -y curl");
        assertThat(run.continuations()).hasSize(1);
        assertThat(f.text().charAt(run.continuations().getFirst().start())).isEqualTo('\\');
        assertThat(f.instructions().get(2).line()).isEqualTo(4);
    }

    @Test
    void argumentCharactersPointBackToTheirPlaceInTheFile() {
        String text = df("FROM x:1", "RUN echo one \\", "  two");
        Instruction run = DockerfileParser.parse(text).instructions().get(1);
        int two = run.arguments().text().indexOf("two");

        TextRange range = run.arguments().sourceRange(two, two + 3);

        assertThat(text.substring(range.start(), range.end())).isEqualTo("two");
        assertThat(LineIndex.of(text).line(range.start())).isEqualTo(3);
        assertThat(LineIndex.of(text).column(range.start())).isEqualTo(2);
    }

    @Test
    void commentAndBlankLinesInsideAContinuationAreDroppedFromTheArguments() {
        Dockerfile f = DockerfileParser.parse(df(
                "FROM x:1",
                "RUN apt-get update && \\",
                "# install the tools",
                "",
                "    apt-get install -y git",
                "EXPOSE 80"));

        Instruction run = f.instructions().get(1);
        assertThat(run.arguments().text()).isEqualTo("apt-get update &&     apt-get install -y git");
        assertThat(run.endLine()).isEqualTo(5);
        assertThat(f.comments()).extracting(Comment::line, Comment::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "install the tools"));
        assertThat(f.instructions().get(2).name()).isEqualTo("EXPOSE");
    }

    @Test
    void continuationOnTheLastLineEndsTheInstructionAtTheEndOfFile() {
        Dockerfile f = DockerfileParser.parse("FROM x:1\nRUN echo hi \\");

        assertThat(f.instructions()).hasSize(2);
        assertThat(f.instructions().get(1).arguments().text()).isEqualTo("echo hi");
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void backtickEscapeDirectiveContinuesLinesWithABacktickAndLeavesBackslashesAlone() {
        Dockerfile f = DockerfileParser.parse(df(
                "# escape=`",
                "FROM mcr.microsoft.com/windows/servercore:ltsc2022",
                "WORKDIR C:\\app",
                "RUN dir C:\\ `",
                "    && echo done"));

        assertThat(f.escape()).isEqualTo('`');
        assertThat(f.directives()).extracting(Directive::name, Directive::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("escape", "`"));
        assertThat(f.instructions().get(1).arguments().text()).isEqualTo("C:\\app");
        assertThat(f.instructions().get(2).arguments().text()).isEqualTo("dir C:\\     && echo done");
        assertThat(f.instructions().get(2).endLine()).isEqualTo(5);
    }

    @Test
    void backslashIsNotAContinuationWhenTheEscapeIsABacktick() {
        Dockerfile f = DockerfileParser.parse(df("# escape=`", "FROM x:1", "RUN echo a \\", "RUN echo b"));

        assertThat(f.instructions()).extracting(Instruction::line).containsExactly(2, 3, 4);
    }

    @Test
    void directivesAreReadOnlyAtTheVeryTop() {
        Dockerfile f = DockerfileParser.parse(df(
                "# syntax=docker/dockerfile:1",
                "# escape=\\",
                "# a comment ends the directives",
                "# check=skip=all",
                "FROM x:1"));

        assertThat(f.directives()).extracting(Directive::name).containsExactly("syntax", "escape");
        assertThat(f.directives().getFirst().value()).isEqualTo("docker/dockerfile:1");
        assertThat(f.comments()).extracting(Comment::line).containsExactly(3, 4);
    }

    @Test
    void aDirectiveAfterABlankLineOrAnInstructionIsJustAComment() {
        Dockerfile afterBlank = DockerfileParser.parse(df("", "# escape=`", "FROM x:1"));
        Dockerfile afterFrom = DockerfileParser.parse(df("FROM x:1", "# escape=`", "RUN a"));

        assertThat(afterBlank.directives()).isEmpty();
        assertThat(afterBlank.escape()).isEqualTo('\\');
        assertThat(afterFrom.directives()).isEmpty();
        assertThat(afterFrom.comments()).hasSize(1);
    }

    @Test
    void anInvalidEscapeDirectiveIsAProblem() {
        Dockerfile f = DockerfileParser.parse(df("# escape=x", "FROM x:1"));

        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("escape directive");
        });
        assertThat(f.escape()).isEqualTo('\\');
    }

    @Test
    void heredocBodyRunsUntilTheDelimiterLineAndTheNextInstructionFollows() {
        Dockerfile f = DockerfileParser.parse(df(
                "FROM x:1",
                "RUN <<EOF",
                "apt-get update",
                "apt-get install -y curl",
                "EOF",
                "USER app"));

        Instruction run = f.instructions().get(1);
        assertThat(run.heredocs()).singleElement().satisfies(h -> {
            assertThat(h.delimiter()).isEqualTo("EOF");
            assertThat(h.body().text()).isEqualTo("apt-get update\napt-get install -y curl\n");
            assertThat(h.isClosed()).isTrue();
            assertThat(h.expands()).isTrue();
            assertThat(f.text().substring(h.terminator().start(), h.terminator().end())).isEqualTo("EOF");
        });
        assertThat(run.line()).isEqualTo(2);
        assertThat(run.endLine()).isEqualTo(5);
        assertThat(f.instructionAt(4)).contains(run);
        assertThat(f.instructions().get(2).line()).isEqualTo(6);
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void dashHeredocAllowsATabIndentedDelimiterAndQuotedDelimitersDoNotExpand() {
        Dockerfile f = DockerfileParser.parse(df(
                "FROM x:1",
                "RUN <<-'END'",
                "\techo $HOME",
                "\tEND",
                "USER app"));

        Heredoc h = f.instructions().get(1).heredocs().getFirst();
        assertThat(h.delimiter()).isEqualTo("END");
        assertThat(h.stripTabs()).isTrue();
        assertThat(h.quoted()).isTrue();
        assertThat(h.expands()).isFalse();
        assertThat(f.instructions()).extracting(Instruction::name).containsExactly("FROM", "RUN", "USER");
    }

    @Test
    void severalHeredocsOnOneLineAreReadInOrder() {
        Dockerfile f = DockerfileParser.parse(df(
                "FROM nginx:1.27",
                "COPY <<robots.txt <<humans.txt /usr/share/nginx/html/",
                "User-agent: *",
                "robots.txt",
                "Made by people",
                "humans.txt",
                "EXPOSE 80"));

        Instruction copy = f.instructions().get(1);
        assertThat(copy.heredocs()).extracting(Heredoc::delimiter).containsExactly("robots.txt", "humans.txt");
        assertThat(copy.heredocs()).extracting(h -> h.body().text())
                .containsExactly("User-agent: *\n", "Made by people\n");
        assertThat(copy.endLine()).isEqualTo(6);
        assertThat(f.instructions().get(2).line()).isEqualTo(7);
    }

    @Test
    void anUnclosedHeredocIsASyntaxProblemAndTakesTheRestOfTheFile() {
        Dockerfile f = DockerfileParser.parse(df("FROM x:1", "RUN <<EOF", "echo hi", "USER app"));

        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("<<EOF").contains("never closed");
        });
        assertThat(f.instructions()).hasSize(2);
    }

    @Test
    void heredocMarkersInsideQuotesOrJsonAreNotHeredocs() {
        Dockerfile f = DockerfileParser.parse(df("FROM x:1", "RUN echo \"<<EOF\"", "CMD [\"cat\", \"<<EOF\"]"));

        assertThat(f.instructions()).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
        assertThat(f.instructions()).hasSize(3);
    }

    @Test
    void jsonArraysAreJsonFormAndAnythingElseIsShellForm() {
        Dockerfile f = DockerfileParser.parse(df(
                "FROM x:1",
                "CMD [\"python\", \"-m\", \"flask\", \"run\"]",
                "ENTRYPOINT [python, app.py]",
                "RUN [\"echo\", \"a \\\"quoted\\\" word\"]",
                "CMD python app.py",
                "ENV LIST=[\"a\"]"));

        List<Instruction> i = f.instructions();
        assertThat(i.get(1).isJsonForm()).isTrue();
        assertThat(i.get(1).jsonArguments()).containsExactly("python", "-m", "flask", "run");
        assertThat(i.get(2).isJsonForm()).as("not valid JSON: shell form, as the builder reads it").isFalse();
        assertThat(i.get(3).jsonArguments()).containsExactly("echo", "a \"quoted\" word");
        assertThat(i.get(4).isJsonForm()).isFalse();
        assertThat(i.get(4).words()).extracting(Word::value).containsExactly("python", "app.py");
        assertThat(i.get(5).isJsonForm()).isFalse();
    }

    @Test
    void flagsAreReadBeforeTheArgumentsWithTheirRanges() {
        String text = df("FROM x:1", "COPY --from=build --chown=1000:1000 --link /out/app /usr/bin/app");
        Instruction copy = DockerfileParser.parse(text).instructions().get(1);

        assertThat(copy.flags()).extracting(Flag::name, Flag::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("from", "build"),
                org.assertj.core.groups.Tuple.tuple("chown", "1000:1000"),
                org.assertj.core.groups.Tuple.tuple("link", null));
        Flag from = copy.flag("from").orElseThrow();
        assertThat(text.substring(from.range().start(), from.range().end())).isEqualTo("--from=build");
        assertThat(copy.arguments().text()).isEqualTo("/out/app /usr/bin/app");
    }

    @Test
    void runMountFlagsAreSeparateFromTheCommand() {
        Instruction run = DockerfileParser.parse(df("FROM x:1",
                "RUN --mount=type=cache,target=/root/.cache pip install -r req.txt")).instructions().get(1);

        assertThat(run.flag("mount")).map(Flag::value).contains("type=cache,target=/root/.cache");
        assertThat(run.arguments().text()).isEqualTo("pip install -r req.txt");
    }

    @Test
    void keywordsAreCaseInsensitiveButKeepTheirSpelling() {
        Instruction run = DockerfileParser.parse("from x:1\nrun echo hi\n").instructions().get(1);

        assertThat(run.keyword()).isEqualTo("run");
        assertThat(run.name()).isEqualTo("RUN");
        assertThat(run.is("RUN")).isTrue();
    }

    @Test
    void anUnknownInstructionIsAProblemWithASuggestionAndTheRestIsStillParsed() {
        Dockerfile f = DockerfileParser.parse(df("FORM ubuntu:24.04", "RUN echo hi", "WORKDIR /app"));

        assertThat(f.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("unknown instruction: FORM (did you mean FROM?)");
        });
        assertThat(f.instructions()).extracting(Instruction::name).containsExactly("FORM", "RUN", "WORKDIR");
        assertThat(f.instructions().getFirst().isKnown()).isFalse();
    }

    @Test
    void instructionsWithoutTheirRequiredArgumentsAreProblems() {
        Dockerfile f = DockerfileParser.parse(df(
                "FROM",
                "FROM x:1",
                "WORKDIR",
                "COPY onlyone",
                "SHELL /bin/bash -c",
                "ENV JUSTNAME",
                "HEALTHCHECK curl localhost",
                "ONBUILD FROM y",
                "RUN --mount=type=cache,target=/x",
                "USER app"));

        assertThat(f.problems()).extracting(ParseProblem::line).containsExactly(1, 3, 4, 5, 6, 7, 8, 9);
        assertThat(f.problems().get(1).message()).isEqualTo("WORKDIR is missing its arguments: write it as WORKDIR /path");
        assertThat(f.instructions()).hasSize(10);
    }

    @Test
    void onbuildKeepsTheInstructionItTriggers() {
        Instruction onbuild = DockerfileParser.parse("FROM x:1\nONBUILD COPY . /app\n").instructions().get(1);

        assertThat(onbuild.triggered()).hasValueSatisfying(t -> {
            assertThat(t.name()).isEqualTo("COPY");
            assertThat(t.words()).extracting(Word::value).containsExactly(".", "/app");
        });
    }

    @Test
    void windowsLineEndingsGiveTheSameLinesAndCleanArguments() {
        Dockerfile f = DockerfileParser.parse("FROM x:1\r\nRUN a \\\r\n  b\r\nUSER app\r\n");

        assertThat(f.instructions()).extracting(Instruction::line).containsExactly(1, 2, 4);
        assertThat(f.instructions().get(1).arguments().text()).isEqualTo("a   b");
        assertThat(f.lineBreak()).isEqualTo("\r\n");
    }

    @Test
    void stagesRunFromFromToFromWithNamesAndImages() {
        Dockerfile f = DockerfileParser.parse(df(
                "ARG BASE=debian:12",
                "FROM golang:1.24 AS Build",
                "RUN go build",
                "FROM scratch",
                "COPY --from=build /out /out"));

        assertThat(f.stages()).hasSize(2);
        Stage build = f.stages().getFirst();
        assertThat(build.name()).isEqualTo("Build");
        assertThat(build.isNamed("build")).isTrue();
        assertThat(build.image()).isEqualTo("golang:1.24");
        assertThat(build.instructions()).extracting(Instruction::name).containsExactly("RUN");
        assertThat(f.stages().get(1).image()).isEqualTo("scratch");
        assertThat(f.stageOf(f.instructions().getFirst())).as("ARG before FROM belongs to no stage").isEmpty();
    }

    @Test
    void emptyAndBlankTextParseToNothing() {
        assertThat(DockerfileParser.parse("").instructions()).isEmpty();
        assertThat(DockerfileParser.parse(null).instructions()).isEmpty();
        assertThat(DockerfileParser.parse("\n\n   \n").problems()).isEmpty();
    }

    @Test
    void randomFragmentsNeverThrowAnywhereInParseLintHighlightOrExplain() {
        String[] pieces = {"FROM ", "RUN ", "COPY ", "<<EOF", "<<-'X'", "EOF", "\n", "\\", "`", "\"", "'", "[", "]",
                ",", "--from=", "--mount", "=", "$", "${", "}", "# ", "# escape=`\n", "apt-get install ", "pip ",
                "&&", "|", "AS ", "ONBUILD ", "HEALTHCHECK ", "CMD ", "\t", " ", "\r\n", "WORKDIR ", "x", "/", ":",
                "ENV ", "LABEL ", "ARG ", "EXPOSE 99999", "USER root", "cd ", "sudo ", "MAINTAINER ", "\uFEFF"};
        Random random = new Random(42);
        DockerfileLinter linter = new DockerfileLinter();
        LineExplainer explainer = new LineExplainer();
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThatCode(() -> {
                Dockerfile f = DockerfileParser.parse(text);
                linter.lint(f);
                DockerfileHighlighter.tokens(f);
                for (int line = 1; line <= f.lines().lineCount(); line++) {
                    explainer.explain(f, line);
                }
            }).as("input %s", text.replace("\n", "\\n")).doesNotThrowAnyException();
        }
    }
}
