package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class ShellCommandRulesTest {

    @Test
    void cdAsACommandAtTheStartOrAfterAnOperatorIsDL3003() {
        String text = df("FROM x:1",
                "RUN cd /src && make",
                "RUN make; cd /tmp",
                "RUN test -d /a || cd /b",
                "RUN DEBUG=1 cd /c && make");

        assertThat(lines(text, Rule.DL3003)).containsExactly(2, 3, 4, 5);
    }

    @Test
    void cdAsAnArgumentIsNotDL3003() {
        assertThat(lines(df("FROM x:1", "RUN make -C /src && echo cd && mkdir /cd"), Rule.DL3003)).isEmpty();
    }

    @Test
    void sudoAsACommandIsDL3004() {
        assertThat(lines(df("FROM x:1", "RUN sudo make install"), Rule.DL3004)).containsExactly(2);
    }

    @Test
    void sudoAsAPackageOrArgumentIsNotDL3004() {
        assertThat(lines(df("FROM x:1", "RUN echo sudo && apt-get install -y sudo=1.9"), Rule.DL3004)).isEmpty();
    }

    @Test
    void aPipeWithoutPipefailIsDL4006() {
        assertThat(lines(df("FROM x:1", "RUN curl -fsSL https://example.com/install.sh | sh"), Rule.DL4006))
                .containsExactly(2);
    }

    @Test
    void aPipeAfterPipefailInShellOrInTheRunItselfIsNotDL4006() {
        String text = df("FROM x:1",
                "RUN set -o pipefail && curl -fsSL https://example.com/a | sh",
                "RUN set -euo pipefail; wget -qO- https://example.com/b | tar -x",
                "RUN test -f /x || echo missing",
                "RUN echo 'a | b'",
                "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
                "RUN curl -fsSL https://example.com/c | sh");

        assertThat(lines(text, Rule.DL4006)).isEmpty();
    }

    @Test
    void aShellWithPipefailInAnEarlierStageDoesNotCoverTheNextStage() {
        String text = df("FROM x:1",
                "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
                "FROM x:1",
                "RUN ls | wc -l");

        assertThat(lines(text, Rule.DL4006)).containsExactly(4);
    }
}
