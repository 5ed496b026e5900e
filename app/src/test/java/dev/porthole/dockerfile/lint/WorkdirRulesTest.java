package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class WorkdirRulesTest {

    @Test
    void aRelativeWorkdirIsDL3000() {
        assertThat(lines(df("FROM x:1", "WORKDIR app", "WORKDIR ./src"), Rule.DL3000)).containsExactly(2, 3);
    }

    @Test
    void absoluteVariableAndWindowsDrivePathsAreNotDL3000() {
        String text = df("FROM x:1", "WORKDIR /app", "WORKDIR $HOME/app", "WORKDIR ${APP_DIR}", "WORKDIR C:\\app",
                "WORKDIR \"/with space\"");

        assertThat(lines(text, Rule.DL3000)).isEmpty();
    }

    @Test
    void copyToARelativeDestinationBeforeAnyWorkdirIsDL3045() {
        assertThat(lines(df("FROM x:1", "COPY . app/", "WORKDIR /app", "COPY . ."), Rule.DL3045))
                .containsExactly(2);
    }

    @Test
    void copyToAnAbsoluteDestinationOrAfterAWorkdirIsNotDL3045() {
        String text = df("FROM x:1", "COPY . /app", "WORKDIR /app", "COPY . .");

        assertThat(lines(text, Rule.DL3045)).isEmpty();
    }

    @Test
    void aStageBuiltFromAnEarlierStageInheritsItsWorkdir() {
        String text = df("FROM x:1 AS base", "WORKDIR /app", "FROM base", "COPY . .", "FROM x:1", "COPY . .");

        assertThat(lines(text, Rule.DL3045)).containsExactly(6);
    }
}
