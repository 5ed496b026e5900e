package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static org.assertj.core.api.Assertions.assertThat;

/** Each quick fix, applied, gives text that no longer triggers its rule. */
class QuickFixTest {

    /** Applies the first fix of the only finding of {@code rule} and checks the rule is then quiet. */
    private static String fixed(String text, Rule rule) {
        Finding finding = findings(text, rule).stream().findFirst()
                .orElseThrow(() -> new AssertionError(rule + " did not fire on\n" + text));
        QuickFix fix = finding.fix().orElseThrow(() -> new AssertionError(rule + " offers no fix"));
        String after = fix.applyTo(text);
        assertThat(findings(after, rule)).as("%s after the fix:%n%s", rule, after).isEmpty();
        return after;
    }

    @Test
    void shellFormCmdBecomesAJsonArrayOfItsWords() {
        assertThat(fixed(df("FROM x:1", "CMD python -m flask run --host \"0.0.0.0\""), Rule.DL3025))
                .isEqualTo(df("FROM x:1", "CMD [\"python\", \"-m\", \"flask\", \"run\", \"--host\", \"0.0.0.0\"]"));
    }

    @Test
    void shellFormEntrypointUsingShellSyntaxIsHandedToShDashC() {
        assertThat(fixed(df("FROM x:1", "ENTRYPOINT ./migrate && exec ./serve \"$PORT\""), Rule.DL3025))
                .isEqualTo(df("FROM x:1",
                        "ENTRYPOINT [\"/bin/sh\", \"-c\", \"./migrate && exec ./serve \\\"$PORT\\\"\"]"));
    }

    @Test
    void aContinuedShellFormCmdBecomesOneJsonLine() {
        assertThat(fixed(df("FROM x:1", "CMD node \\", "    server.js", "EXPOSE 80"), Rule.DL3025))
                .isEqualTo(df("FROM x:1", "CMD [\"node\", \"server.js\"]", "EXPOSE 80"));
    }

    @Test
    void noInstallRecommendsIsAddedAfterEachInstall() {
        String text = df("FROM debian:12",
                "RUN apt-get update && apt-get install -y curl=1 && \\",
                "    apt-get install -y git=1 && rm -rf /var/lib/apt/lists/*");

        assertThat(fixed(text, Rule.DL3015)).isEqualTo(df("FROM debian:12",
                "RUN apt-get update && apt-get install --no-install-recommends -y curl=1 && \\",
                "    apt-get install --no-install-recommends -y git=1 && rm -rf /var/lib/apt/lists/*"));
    }

    @Test
    void theAptListsCleanupIsAppendedToTheRun() {
        assertThat(fixed(df("FROM debian:12", "RUN apt-get update && apt-get install -y curl=1", "USER app"),
                Rule.DL3009)).isEqualTo(df("FROM debian:12",
                "RUN apt-get update && apt-get install -y curl=1 && rm -rf /var/lib/apt/lists/*", "USER app"));
    }

    @Test
    void theAptListsCleanupFollowsATrailingSemicolonWithoutAnotherOperator() {
        assertThat(fixed(df("FROM debian:12", "RUN apt-get update; apt-get install -y curl=1;"), Rule.DL3009))
                .isEqualTo(df("FROM debian:12", "RUN apt-get update; apt-get install -y curl=1; rm -rf /var/lib/apt/lists/*"));
    }

    @Test
    void theAptListsCleanupGoesAtTheEndOfAHeredocScript() {
        assertThat(fixed(df("FROM debian:12", "RUN <<EOF", "apt-get update", "apt-get install -y curl=1", "EOF"),
                Rule.DL3009)).isEqualTo(df("FROM debian:12", "RUN <<EOF", "apt-get update",
                "apt-get install -y curl=1", "rm -rf /var/lib/apt/lists/*", "EOF"));
    }

    @Test
    void noCleanupFixIsOfferedWhenTheRunEndsInAComment() {
        String text = df("FROM debian:12", "RUN apt-get install -y curl=1 # tools");

        assertThat(findings(text, Rule.DL3009)).singleElement().satisfies(f -> assertThat(f.fixes()).isEmpty());
    }

    @Test
    void maintainerBecomesAMaintainerLabel() {
        assertThat(fixed(df("FROM x:1", "MAINTAINER Jane \"JD\" Doe <jane@example.com>"), Rule.DL4000))
                .isEqualTo(df("FROM x:1", "LABEL maintainer=\"Jane \\\"JD\\\" Doe <jane@example.com>\""));
    }

    @Test
    void lowercaseMaintainerBecomesALowercaseLabel() {
        assertThat(fixed(df("from x:1", "maintainer jane"), Rule.DL4000))
                .isEqualTo(df("from x:1", "label maintainer=\"jane\""));
    }

    @Test
    void aptBecomesAptGetOrAptCacheByWhatItDoes() {
        assertThat(fixed(df("FROM debian:12", "RUN apt update && apt search curl"), Rule.DL3027))
                .isEqualTo(df("FROM debian:12", "RUN apt-get update && apt-cache search curl"));
    }

    @Test
    void aptListHasNoDropInReplacementSoNoFixIsOffered() {
        assertThat(findings(df("FROM debian:12", "RUN apt list --installed"), Rule.DL3027)).singleElement()
                .satisfies(f -> assertThat(f.fixes()).isEmpty());
    }

    @Test
    void aRelativeWorkdirIsJoinedToTheFolderSetBeforeIt() {
        assertThat(fixed(df("FROM x:1", "WORKDIR /srv", "WORKDIR ./app"), Rule.DL3000))
                .isEqualTo(df("FROM x:1", "WORKDIR /srv", "WORKDIR /srv/app"));
    }

    @Test
    void aRelativeWorkdirWithNothingBeforeItStartsAtTheRoot() {
        assertThat(fixed(df("FROM x:1", "WORKDIR \"my app\""), Rule.DL3000))
                .isEqualTo(df("FROM x:1", "WORKDIR \"/my app\""));
    }

    @Test
    void noCacheDirIsAddedAfterPipInstall() {
        assertThat(fixed(df("FROM python:3.13-slim", "RUN python3 -m pip install -r requirements.txt"), Rule.DL3042))
                .isEqualTo(df("FROM python:3.13-slim", "RUN python3 -m pip install --no-cache-dir -r requirements.txt"));
    }

    @Test
    void fixesKeepWindowsLineEndings() {
        String text = "FROM debian:12\r\nRUN <<EOF\r\napt-get install -y curl=1\r\nEOF\r\n";

        assertThat(fixed(text, Rule.DL3009))
                .isEqualTo("FROM debian:12\r\nRUN <<EOF\r\napt-get install -y curl=1\r\nrm -rf /var/lib/apt/lists/*\r\nEOF\r\n");
    }
}
