package dev.porthole.ui.editor;

import dev.porthole.build.BuildContext;
import dev.porthole.build.BuildRequest;
import dev.porthole.dockerfile.DockerfileParser;
import dev.porthole.dockerfile.template.TemplateCatalog;
import dev.porthole.dockerfile.template.TemplateWriter;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.testing.TestEngines;
import dev.porthole.ui.lists.TestConnections;
import dev.porthole.ui.shell.TaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/** The editor's build model against the real engine: success, a failing step's line, and Cancel. */
class BuildModelIT {

    private static Engine engine;
    private static final List<String> tags = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect() {
        engine = TestEngines.assumeEngine();
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) {
            for (String tag : tags) {
                try {
                    engine.removeImage(tag, true);
                } catch (EngineException e) {
                    System.out.println("Could not remove " + tag + ": " + e.getMessage());
                }
            }
            engine.close();
        }
    }

    private static BuildModel model() {
        return new BuildModel(TestConnections.fixedTo(engine), TaskRunner.direct());
    }

    private static Path busyboxFolder(Path dir, String dockerfile) throws Exception {
        TemplateCatalog catalog = TemplateCatalog.load();
        new TemplateWriter(catalog).write(catalog.template("busybox-scratch").orElseThrow(), dir, false);
        if (dockerfile != null) {
            Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        }
        return dir;
    }

    private static void start(BuildModel model, Path dir, String tag) throws Exception {
        String text = Files.readString(dir.resolve("Dockerfile"));
        model.start(new BuildRequest(BuildContext.scan(dir, "Dockerfile"), tag, Map.of(), "",
                Map.of(TEST_LABEL, "true")), DockerfileParser.parse(text));
    }

    @Test
    void theBusyboxTemplateBuildsWithStepsAndLog(@TempDir Path dir) throws Exception {
        BuildModel model = model();
        StringBuilder log = new StringBuilder();
        model.setLog(log::append);
        String tag = "porthole-test/editor-build-" + ProcessHandle.current().pid() + ":1";
        tags.add(tag);
        start(model, busyboxFolder(dir, null), tag);

        waitFor("the build ends", Duration.ofMinutes(2), () -> !model.runningProperty().get());
        assertThat(model.outcomeProperty().get()).as("log:\n%s\nproblem: %s", log, model.problemProperty().get())
                .isEqualTo(BuildModel.Outcome.SUCCEEDED);
        assertThat(model.imageIdProperty().get()).isNotBlank();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        // the engine adds the labels as a last LABEL step, so the count is one more than the file has
        assertThat(log.toString()).contains("Step 2/").contains("COPY busybox /bin/busybox");
        assertThat(engine.listImages()).anySatisfy(i -> assertThat(i.repoTags()).anyMatch(t -> t.endsWith(tag)));
    }

    @Test
    void aFailingRunPointsAtItsLine(@TempDir Path dir) throws Exception {
        BuildModel model = model();
        start(model, busyboxFolder(dir, """
                FROM scratch
                COPY busybox /bin/busybox
                RUN ["/bin/busybox", "--install", "-s", "/bin"]
                # a comment, then a continued RUN that fails
                RUN echo one && \\
                    exit 7
                """), "");

        waitFor("the build ends", Duration.ofMinutes(2), () -> !model.runningProperty().get());
        assertThat(model.outcomeProperty().get()).isEqualTo(BuildModel.Outcome.FAILED);
        assertThat(model.failedLineProperty().get()).isEqualTo(5);
        assertThat(model.problemProperty().get()).contains("7");
    }

    @Test
    void cancelStopsTheBuildAndItsStep(@TempDir Path dir) throws Exception {
        BuildModel model = model();
        String marker = "sleep 4" + (100 + (int) (ProcessHandle.current().pid() % 800));
        start(model, busyboxFolder(dir, """
                FROM scratch
                COPY busybox /bin/busybox
                RUN ["/bin/busybox", "--install", "-s", "/bin"]
                RUN %s
                """.formatted(marker)), "");
        waitFor("the slow step runs", Duration.ofMinutes(1), () -> model.stepProperty().get().contains("Step 4"));
        waitFor("its container runs", Duration.ofSeconds(20), () -> running(marker));

        model.cancel();

        assertThat(model.outcomeProperty().get()).isEqualTo(BuildModel.Outcome.CANCELLED);
        waitFor("the engine stops the step's container", Duration.ofSeconds(30), () -> !running(marker));
    }

    private static boolean running(String command) {
        return engine.listContainers(false).stream()
                .anyMatch(c -> c.command() != null && c.command().contains(command));
    }

    private static void waitFor(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }
}
