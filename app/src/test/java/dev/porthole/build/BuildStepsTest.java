package dev.porthole.build;

import dev.porthole.dockerfile.DockerfileParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuildStepsTest {

    @Test
    void readsDockerAndPodmanStepLines() {
        assertThat(BuildSteps.parse("Step 2/5 : RUN echo hi")).contains(new BuildEvent.Step(2, 5, "RUN echo hi"));
        assertThat(BuildSteps.parse("STEP 3/4: COPY . /app")).contains(new BuildEvent.Step(3, 4, "COPY . /app"));
        assertThat(BuildSteps.parse(" ---> Running in 1234")).isEmpty();
    }

    @Test
    void aStepMapsToTheLineOfItsInstruction() {
        var file = DockerfileParser.parse("ARG V=1\nFROM scratch\n\n# c\nCOPY a \\\n  /b\nRUN x\n");
        assertThat(BuildSteps.lineOf(file, 1)).contains(1);
        assertThat(BuildSteps.lineOf(file, 3)).contains(5);
        assertThat(BuildSteps.lineOf(file, 4)).contains(7);
        assertThat(BuildSteps.lineOf(file, 9)).isEmpty();
    }
}
