package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class AptRulesTest {

    private static final String CLEANUP = " && rm -rf /var/lib/apt/lists/*";

    @Test
    void anUnpinnedAptPackageIsDL3008OnTheLineWhereTheRunStarts() {
        String text = df("FROM debian:12",
                "RUN apt-get update && \\",
                "    apt-get install -y --no-install-recommends curl git=1:2.39.5-0+deb12u1" + CLEANUP);

        assertThat(findings(text, Rule.DL3008)).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).contains("curl has no =version");
            assertThat(text.substring(f.range().start(), f.range().end())).isEqualTo("curl");
        });
    }

    @Test
    void pinnedPackagesAndLocalDebsAreNotDL3008() {
        String text = df("FROM debian:12",
                "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 ./tool.deb" + CLEANUP);

        assertThat(lines(text, Rule.DL3008)).isEmpty();
    }

    @Test
    void aptGetInstallInAHeredocScriptIsCheckedToo() {
        String text = df("FROM debian:12", "RUN <<EOF", "apt-get update", "apt-get install -y --no-install-recommends curl",
                "rm -rf /var/lib/apt/lists/*", "EOF");

        assertThat(lines(text, Rule.DL3008)).containsExactly(2);
        assertThat(lines(text, Rule.DL3009)).isEmpty();
    }

    @Test
    void anInstallWithoutRemovingTheListsIsDL3009() {
        String text = df("FROM debian:12", "RUN apt-get update && apt-get install -y --no-install-recommends curl=1");

        assertThat(findings(text, Rule.DL3009)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void anInstallThatRemovesTheListsIsNotDL3009() {
        assertThat(lines(df("FROM debian:12",
                "RUN apt-get update && apt-get install -y --no-install-recommends curl=1" + CLEANUP), Rule.DL3009))
                .isEmpty();
    }

    @Test
    void anInstallWithoutYesIsDL3014() {
        assertThat(lines(df("FROM debian:12", "RUN apt-get install --no-install-recommends curl=1" + CLEANUP),
                Rule.DL3014)).containsExactly(2);
    }

    @Test
    void yesQuietTwiceAndBundledYesAreNotDL3014() {
        String text = df("FROM debian:12",
                "RUN apt-get install -y --no-install-recommends a=1" + CLEANUP,
                "RUN apt-get install --yes --no-install-recommends a=1" + CLEANUP,
                "RUN apt-get install --assume-yes --no-install-recommends a=1" + CLEANUP,
                "RUN apt-get -qq install --no-install-recommends a=1" + CLEANUP,
                "RUN apt-get install -qy --no-install-recommends a=1" + CLEANUP);

        assertThat(lines(text, Rule.DL3014)).isEmpty();
    }

    @Test
    void anInstallWithRecommendsIsDL3015() {
        assertThat(lines(df("FROM debian:12", "RUN apt-get install -y curl=1" + CLEANUP), Rule.DL3015))
                .containsExactly(2);
    }

    @Test
    void noInstallRecommendsEitherWayIsNotDL3015() {
        String text = df("FROM debian:12",
                "RUN apt-get install -y --no-install-recommends curl=1" + CLEANUP,
                "RUN apt-get -o APT::Install-Recommends=false install -y curl=1" + CLEANUP);

        assertThat(lines(text, Rule.DL3015)).isEmpty();
    }

    @Test
    void aptAsACommandIsDL3027() {
        assertThat(lines(df("FROM debian:12", "RUN apt update && apt install -y curl"), Rule.DL3027))
                .containsExactly(2);
    }

    @Test
    void aptAsAnArgumentOrAptGetAndAptCacheAreNotDL3027() {
        String text = df("FROM debian:12", "RUN echo apt && apt-cache policy curl && apt-get update");

        assertThat(lines(text, Rule.DL3027)).isEmpty();
    }
}
