package dev.porthole.dockerfile.explain;

import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.dockerfile.DockerfileParser;
import dev.porthole.dockerfile.Instruction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineExplainerTest {

    /** The Flask Dockerfile from the notes. */
    private static final String NOTES = String.join("\n",
            "FROM ubuntu:16.04",
            "RUN apt-get update -y && \\",
            "    apt-get install -y python-pip && \\",
            "    pip install flask && \\",
            "    rm -rf /var/lib/apt/lists/*",
            "ENV FLASK_APP=inv.py",
            "COPY . /app",
            "WORKDIR /app",
            "ENTRYPOINT [\"python\"]",
            "CMD [\"-m\", \"flask\", \"run\", \"-h\", \"0.0.0.0\", \"-p\", \"8080\"]",
            "EXPOSE 8080",
            "");

    private final LineExplainer explainer = new LineExplainer();

    @Test
    void fromNamesTheBaseImageAndMakesNoLayerOfItsOwn() {
        Explanation e = explainer.explain(NOTES, 1);

        assertThat(e.text()).startsWith("Starts the build from the base image ubuntu:16.04")
                .contains("makes no layer of its own");
        assertThat(e.layer()).isEqualTo(LayerEffect.BASE_IMAGE);
    }

    @Test
    void runSaysWhatItRunsAndThatItMakesANewLayer() {
        Explanation e = explainer.explain(NOTES, 1 + 1);

        assertThat(e.text()).startsWith("Runs apt-get update -y && apt-get install -y python-pip && pip")
                .contains("in a shell while the image is built").endsWith("holding the files it adds or changes.");
        assertThat(e.addsLayer()).isTrue();
    }

    @Test
    void aContinuationLineExplainsTheInstructionItBelongsTo() {
        Explanation e = explainer.explain(NOTES, 4);

        assertThat(e.text()).startsWith("Part of the instruction that starts on line 2.");
        assertThat(e.instruction()).map(Instruction::line).contains(2);
    }

    @Test
    void copyAddsALayerButEnvAndWorkdirOnlyChangeSettings() {
        assertThat(explainer.explain(NOTES, 7).text())
                .isEqualTo("Copies . from the build context (the folder sent to the builder) into /app in the image. "
                        + "This makes a new image layer holding the files it adds or changes.");
        assertThat(explainer.explain(NOTES, 6).text()).startsWith("Sets the environment variable FLASK_APP for")
                .endsWith("it only changes the image's settings.");
        assertThat(explainer.explain(NOTES, 8).layer()).isEqualTo(LayerEffect.SETTINGS_ONLY);
    }

    @Test
    void cmdAfterAnEntrypointIsExplainedAsItsArguments() {
        assertThat(explainer.explain(NOTES, 10).text())
                .startsWith("Gives -m flask run -h 0.0.0.0 -p 8080 as the default arguments of the ENTRYPOINT");
        assertThat(explainer.explain(NOTES, 9).text()).startsWith("Makes python the program every container");
    }

    @Test
    void exposeSaysItPublishesNothingByItself() {
        assertThat(explainer.explain(NOTES, 11).text()).contains("port 8080").contains("run the container with -p");
    }

    @Test
    void fromScratchSaysThereIsNoBaseImage() {
        Explanation e = explainer.explain("FROM scratch\nCOPY app /app\n", 1);

        assertThat(e.text()).contains("an empty image with no base at all").endsWith("the image starts empty.");
    }

    @Test
    void stagesAreNamedAndCopyFromNamesTheStage() {
        String text = "FROM golang:1.24 AS build\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build /out/app /app\n";

        assertThat(explainer.explain(text, 1).text()).startsWith("Starts the build stage \"build\" from the base image");
        assertThat(explainer.explain(text, 3).text()).startsWith("Starts build stage 2 from scratch");
        assertThat(explainer.explain(text, 4).text()).startsWith("Copies /out/app from the stage build into /app");
    }

    @Test
    void commentsDirectivesAndBlankLinesAreExplainedWithoutALayer() {
        String text = "# syntax=docker/dockerfile:1\n\n# hadolint ignore=DL3006\nFROM ubuntu\n";

        assertThat(explainer.explain(text, 1).text()).contains("Dockerfile syntax docker/dockerfile:1");
        assertThat(explainer.explain(text, 2).text()).isEqualTo("An empty line. The builder skips it.");
        assertThat(explainer.explain(text, 3).text()).contains("silences DL3006");
        assertThat(explainer.explain(text, 3).layer()).isEqualTo(LayerEffect.NONE);
    }

    @Test
    void anUnknownInstructionSaysTheBuildStopsThere() {
        assertThat(explainer.explain("FORM ubuntu\n", 1).text())
                .isEqualTo("FORM is not a Dockerfile instruction, so the build stops here.");
    }

    @Test
    void layerInstructionsAreEveryRunCopyAndAdd() {
        Dockerfile f = DockerfileParser.parse(NOTES);

        assertThat(explainer.layerInstructions(f)).extracting(Instruction::line).containsExactly(2, 7);
    }

    @Test
    void everyInstructionGetsASentenceFromTheResources() {
        String text = String.join("\n", "FROM x:1", "ARG A=1", "LABEL a=b", "USER app", "VOLUME /data",
                "SHELL [\"/bin/bash\", \"-c\"]", "HEALTHCHECK NONE", "STOPSIGNAL SIGINT", "ONBUILD RUN make",
                "MAINTAINER jane", "ADD https://example.com/a.tgz /opt/", "RUN [\"make\", \"all\"]");
        Dockerfile f = DockerfileParser.parse(text);

        for (int line = 1; line <= 12; line++) {
            String sentence = explainer.explain(f, line).text();
            assertThat(sentence).as("line %d", line).doesNotContain("{").isNotBlank();
        }
        assertThat(explainer.explain(f, 12).text()).startsWith("Runs the program make all directly, without a shell");
    }
}
