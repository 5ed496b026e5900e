package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class CasingRuleTest {

    @Test
    void keywordsDifferingFromTheMajorityCaseAreConsistentInstructionCasing() {
        String text = df("FROM x:1", "RUN a", "run b", "Workdir /app", "USER app");

        assertThat(lines(text, Rule.CONSISTENT_INSTRUCTION_CASING)).containsExactly(3, 4);
        assertThat(findings(text, Rule.CONSISTENT_INSTRUCTION_CASING).getFirst().message())
                .isEqualTo("Command 'run' should match the case of the command majority (uppercase)");
    }

    @Test
    void aLowercaseMajorityFlagsTheUppercaseOnes() {
        assertThat(lines(df("from x:1", "run a", "RUN b"), Rule.CONSISTENT_INSTRUCTION_CASING)).containsExactly(3);
    }

    @Test
    void keywordsAllInOneCaseAreNotConsistentInstructionCasing() {
        assertThat(lines(df("FROM x:1", "RUN a", "USER app"), Rule.CONSISTENT_INSTRUCTION_CASING)).isEmpty();
        assertThat(lines(df("from x:1", "run a"), Rule.CONSISTENT_INSTRUCTION_CASING)).isEmpty();
    }
}
