package dev.porthole.build;

import dev.porthole.dockerfile.DockerfileParser;
import dev.porthole.dockerfile.template.TemplateCatalog;
import dev.porthole.dockerfile.template.TemplateWriter;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.Subscription;
import dev.porthole.testing.TestEngines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/** Builds against the real engine through {@link Engine#buildImage}: the busybox template, and a failing RUN. */
class BuildImageIT {

    private static Engine engine;
    private static final List<String> built = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect() {
        engine = TestEngines.assumeEngine();
    }

    @AfterAll
    static void removeImages() {
        if (engine != null) {
            for (String ref : built) {
                try {
                    engine.removeImage(ref, true);
                } catch (EngineException e) {
                    System.out.println("Could not remove test image " + ref + ": " + e.getMessage());
                }
            }
            engine.close();
        }
    }

    /** Everything a build reported, and a latch for its ending. */
    private static final class Recorder {
        final List<BuildEvent> events = new CopyOnWriteArrayList<>();
        final CountDownLatch done = new CountDownLatch(1);

        void accept(BuildEvent e) {
            events.add(e);
            if (e instanceof BuildEvent.Succeeded || e instanceof BuildEvent.Failed
                    || e instanceof BuildEvent.Cancelled) {
                done.countDown();
            }
        }

        BuildEvent last() throws InterruptedException {
            assertThat(done.await(3, TimeUnit.MINUTES)).as("the build ended").isTrue();
            return events.getLast();
        }
    }

    @Test
    void busyboxTemplateBuildsAndTheImageAppears(@TempDir Path dir) throws Exception {
        TemplateCatalog catalog = TemplateCatalog.load();
        new TemplateWriter(catalog).write(catalog.template("busybox-scratch").orElseThrow(), dir, false);
        Files.createDirectories(dir.resolve("ignored"));
        Files.writeString(dir.resolve("ignored/big.bin"), "x".repeat(100_000));
        Files.writeString(dir.resolve(".dockerignore"), "ignored\n");
        BuildContext context = BuildContext.scan(dir, "Dockerfile");
        assertThat(context.entries()).extracting(BuildContext.Entry::path)
                .contains("Dockerfile", "busybox").doesNotContain("ignored/big.bin");

        String tag = "porthole-test/build-it-" + ProcessHandle.current().pid() + ":1";
        Recorder rec = new Recorder();
        try (Subscription ignored = engine.buildImage(
                new BuildRequest(context, tag, Map.of(), "", Map.of(TEST_LABEL, "true")), rec::accept)) {
            BuildEvent last = rec.last();
            built.add(tag);
            assertThat(last).as("events: %s", rec.events).isInstanceOf(BuildEvent.Succeeded.class);
        }
        assertThat(rec.events).filteredOn(BuildEvent.Step.class::isInstance).hasSizeGreaterThanOrEqualTo(3);
        assertThat(engine.listImages()).anySatisfy(i -> assertThat(i.repoTags()).anyMatch(t -> t.endsWith(tag)));
    }

    @Test
    void aFailingRunReportsItsStepAndLine(@TempDir Path dir) throws Exception {
        TemplateCatalog catalog = TemplateCatalog.load();
        new TemplateWriter(catalog).write(catalog.template("busybox-scratch").orElseThrow(), dir, false);
        String dockerfile = """
                FROM scratch
                COPY busybox /bin/busybox
                RUN ["/bin/busybox", "--install", "-s", "/bin"]

                # this one fails
                RUN echo about to fail && exit 3
                CMD ["/bin/sh"]
                """;
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        Recorder rec = new Recorder();
        try (Subscription ignored = engine.buildImage(new BuildRequest(BuildContext.scan(dir, "Dockerfile"), "",
                Map.of(), "", Map.of(TEST_LABEL, "true")), rec::accept)) {
            BuildEvent last = rec.last();
            assertThat(last).as("events: %s", rec.events).isInstanceOf(BuildEvent.Failed.class);
            BuildEvent.Failed failed = (BuildEvent.Failed) last;
            assertThat(failed.message()).contains("3");
            assertThat(BuildSteps.lineOf(DockerfileParser.parse(dockerfile), failed.step())).contains(6);
        }
    }
}
