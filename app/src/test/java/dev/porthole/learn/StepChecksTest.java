package dev.porthole.learn;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StepChecksTest {

    private final TutorialSignals signals = new TutorialSignals();
    private final StepChecks checks = new StepChecks(Tutorial.standard(), signals);

    @Test
    void theOfflineCheckPassesOnlyOnceTheEditorOpenedTheExample() {
        assertThat(StepChecks.needsEngine(StepChecks.TEMPLATE_OPENED)).isFalse();
        assertThat(checks.passes(StepChecks.TEMPLATE_OPENED, null)).isFalse();
        signals.mark(TutorialSignals.TEMPLATE_OPENED);
        assertThat(checks.passes(StepChecks.TEMPLATE_OPENED, null)).isTrue();
    }

    @Test
    void engineChecksNeverPassWithoutAnEngineWhateverTheUiSignalled() {
        signals.mark(TutorialSignals.FACTS_SHOWN);
        signals.mark(TutorialSignals.LAYERS_SHOWN);
        signals.mark(TutorialSignals.SIZES_SHOWN);
        signals.logsShown("0123456789ab");
        for (String check : StepChecks.KNOWN) {
            if (StepChecks.needsEngine(check)) {
                assertThat(checks.passes(check, null)).as(check).isFalse();
            }
        }
    }

    @Test
    void theTutorialOwnsOnlyObjectsWithAllItsLabelsAndItsOwnNames() {
        Tutorial t = Tutorial.standard();
        assertThat(t.owns(java.util.Map.of(Tutorial.LABEL, "true", "other", "x"))).isTrue();
        assertThat(t.owns(java.util.Map.of(Tutorial.LABEL, "false"))).isFalse();
        assertThat(t.owns(java.util.Map.of())).isFalse();
        assertThat(t.ownsName("porthole-tutorial/hello:latest")).isTrue();
        assertThat(t.ownsName("docker.io/porthole-tutorial/hello:latest")).isTrue();
        assertThat(t.ownsName("porthole-tutorial-copy/hello:latest")).isFalse();
        assertThat(t.helloRunCommand()).startsWith("docker run --label dev.porthole.tutorial=true "
                + "porthole-tutorial/hello:latest sh -c '");
    }
}
