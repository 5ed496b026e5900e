package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class PipRulesTest {

    @Test
    void anUnpinnedPipPackageIsDL3013InEveryWayOfCallingPip() {
        String text = df("FROM python:3.13-slim",
                "RUN pip install --no-cache-dir flask",
                "RUN pip3 install --no-cache-dir requests",
                "RUN python3 -m pip install --no-cache-dir 'django[argon2]'");

        assertThat(lines(text, Rule.DL3013)).containsExactly(2, 3, 4);
        assertThat(findings(text, Rule.DL3013).getFirst().message()).contains("flask has no version");
    }

    @Test
    void versionSpecifiersRequirementFilesAndPathsAreNotDL3013() {
        String text = df("FROM python:3.13-slim",
                "RUN pip install --no-cache-dir flask==3.1.3 'requests>=2.32' \"urllib3<3\" attrs~=25.1 \\",
                "    -r requirements.txt --requirement dev.txt . ./lib /wheels/x.whl git+https://example.com/r.git");

        assertThat(lines(text, Rule.DL3013)).isEmpty();
    }

    @Test
    void pipInstallWithoutNoCacheDirIsDL3042() {
        assertThat(lines(df("FROM python:3.13-slim", "RUN pip install -r requirements.txt"), Rule.DL3042))
                .containsExactly(2);
    }

    @Test
    void noCacheDirOrPipNoCacheDirSetEarlierInTheStageIsNotDL3042() {
        String text = df("FROM python:3.13-slim",
                "RUN pip install --no-cache-dir -r requirements.txt",
                "ENV PIP_NO_CACHE_DIR=1",
                "RUN pip install -r more.txt");

        assertThat(lines(text, Rule.DL3042)).isEmpty();
    }

    @Test
    void pipNoCacheDirFromAnEarlierStageDoesNotCount() {
        String text = df("FROM python:3.13-slim AS one",
                "ENV PIP_NO_CACHE_DIR=1",
                "FROM python:3.13-slim",
                "RUN pip install -r requirements.txt");

        assertThat(lines(text, Rule.DL3042)).containsExactly(4);
    }
}
