package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class RunSequenceRuleTest {

    @Test
    void aRunRightAfterARunIsDL3059OnTheLaterOneEvenAcrossCommentsAndBlankLines() {
        String text = df("FROM x:1", "RUN a", "# then", "", "RUN b", "RUN c");

        assertThat(lines(text, Rule.DL3059)).containsExactly(5, 6);
        assertThat(findings(text, Rule.DL3059).getFirst().severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void runsSeparatedByAnotherInstructionOrAStageAreNotDL3059() {
        assertThat(lines(df("FROM x:1", "RUN a", "COPY . /x", "RUN b", "FROM y:1", "RUN c"), Rule.DL3059)).isEmpty();
    }
}
