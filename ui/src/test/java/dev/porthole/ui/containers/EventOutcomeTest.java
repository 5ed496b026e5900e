package dev.porthole.ui.containers;

import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventOutcomeTest {

    @Test
    void aDieEventIsNotReflectedWhileTheListStillSaysRunning() {
        assertThat(EventOutcome.reflects("die", summary(ContainerState.RUNNING))).isFalse();
        assertThat(EventOutcome.reflects("die", summary(ContainerState.EXITED))).isTrue();
        assertThat(EventOutcome.reflects("stop", summary(ContainerState.PAUSED))).isFalse();
    }

    @Test
    void startPauseAndUnpauseWaitForTheirState() {
        assertThat(EventOutcome.reflects("start", summary(ContainerState.CREATED))).isFalse();
        assertThat(EventOutcome.reflects("start", summary(ContainerState.RUNNING))).isTrue();
        assertThat(EventOutcome.reflects("pause", summary(ContainerState.RUNNING))).isFalse();
        assertThat(EventOutcome.reflects("pause", summary(ContainerState.PAUSED))).isTrue();
        assertThat(EventOutcome.reflects("unpause", summary(ContainerState.RUNNING))).isTrue();
    }

    @Test
    void goneContainersAndOtherEventsNeedNoSecondLook() {
        assertThat(EventOutcome.reflects("destroy", null)).isTrue();
        assertThat(EventOutcome.reflects("destroy", summary(ContainerState.EXITED))).isFalse();
        assertThat(EventOutcome.reflects("exec_start", summary(ContainerState.RUNNING))).isTrue();
        assertThat(EventOutcome.reflects(null, summary(ContainerState.RUNNING))).isTrue();
    }

    private static ContainerSummary summary(ContainerState state) {
        return new ContainerSummary("abc", "web", "img", "sha256:1", "sh", state, "", List.of(), Instant.EPOCH,
                Map.of());
    }
}
