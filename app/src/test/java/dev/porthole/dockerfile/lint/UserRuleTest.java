package dev.porthole.dockerfile.lint;

import org.junit.jupiter.api.Test;

import static dev.porthole.dockerfile.lint.LintTesting.df;
import static dev.porthole.dockerfile.lint.LintTesting.lines;
import static org.assertj.core.api.Assertions.assertThat;

class UserRuleTest {

    @Test
    void endingOnRootIsDL3002OnThatUserLine() {
        assertThat(lines(df("FROM x:1", "USER app", "USER root"), Rule.DL3002)).containsExactly(3);
        assertThat(lines(df("FROM x:1", "USER 0:0"), Rule.DL3002)).containsExactly(2);
        assertThat(lines(df("FROM x:1", "USER root:staff"), Rule.DL3002)).containsExactly(2);
    }

    @Test
    void rootFollowedByAnotherUserOrRootInAnEarlierStageIsNotDL3002() {
        assertThat(lines(df("FROM x:1", "USER root", "RUN make", "USER app"), Rule.DL3002)).isEmpty();
        assertThat(lines(df("FROM x:1 AS build", "USER root", "FROM x:1", "RUN true"), Rule.DL3002)).isEmpty();
        assertThat(lines(df("FROM x:1", "USER rootless"), Rule.DL3002)).isEmpty();
    }
}
