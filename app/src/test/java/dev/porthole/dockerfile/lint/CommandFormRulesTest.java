package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class CommandFormRulesTest {

    @Test
    void shellFormCmdAndEntrypointAreDL3025() {
        assertThat(lines(df("FROM x:1", "ENTRYPOINT python", "CMD app.py"), Rule.DL3025)).containsExactly(2, 3);
    }

    @Test
    void jsonFormCmdAndEntrypointAreNotDL3025() {
        assertThat(lines(df("FROM x:1", "ENTRYPOINT [\"python\"]", "CMD [\"app.py\"]"), Rule.DL3025)).isEmpty();
    }

    @Test
    void aSecondCmdInAStageIsDL4003OnEachLaterOne() {
        String text = df("FROM x:1", "CMD [\"a\"]", "CMD [\"b\"]", "CMD [\"c\"]");

        assertThat(lines(text, Rule.DL4003)).containsExactly(3, 4);
    }

    @Test
    void oneCmdPerStageIsNotDL4003() {
        assertThat(lines(df("FROM x:1 AS a", "CMD [\"a\"]", "FROM x:1", "CMD [\"b\"]"), Rule.DL4003)).isEmpty();
    }

    @Test
    void aSecondEntrypointInAStageIsDL4004() {
        assertThat(lines(df("FROM x:1", "ENTRYPOINT [\"a\"]", "ENTRYPOINT [\"b\"]"), Rule.DL4004))
                .containsExactly(3);
    }

    @Test
    void oneEntrypointPerStageIsNotDL4004() {
        assertThat(lines(df("FROM x:1 AS a", "ENTRYPOINT [\"a\"]", "FROM x:1", "ENTRYPOINT [\"b\"]"), Rule.DL4004))
                .isEmpty();
    }
}
