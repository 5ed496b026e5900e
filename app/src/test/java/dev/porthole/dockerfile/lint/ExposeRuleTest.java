package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.findings;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class ExposeRuleTest {

    @Test
    void aPortAbove65535IsDL3011() {
        String text = df("FROM x:1", "EXPOSE 80 70000", "EXPOSE 8000-65536/udp");

        assertThat(lines(text, Rule.DL3011)).containsExactly(2, 3);
        assertThat(findings(text, Rule.DL3011).getFirst().message()).contains("70000 is not a port");
    }

    @Test
    void realPortsRangesProtocolsAndVariablesAreNotDL3011() {
        assertThat(lines(df("FROM x:1", "EXPOSE 0 80/tcp 443 65535 8000-8010/udp $PORT"), Rule.DL3011)).isEmpty();
    }
}
