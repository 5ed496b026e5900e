package dev.porthole.learn;

import dev.porthole.engine.Engine;
import dev.porthole.engine.Subscription;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.LogRequest;
import dev.porthole.testing.TestEngines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lessons 3 to 5 on the real engine, done the way the Learn page's buttons do them, with each step's check
 * asked before the real thing happened (it must not pass) and after (it must).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TutorialLessonsIT {

    private static final Tutorial TUTORIAL = TutorialTesting.ownTutorial();
    private static Engine engine;
    private static TutorialSignals signals;
    private static StepChecks checks;
    @TempDir
    static Path work;

    @BeforeAll
    static void connect() {
        engine = TestEngines.assumeEngine();
        signals = new TutorialSignals();
        checks = new StepChecks(TUTORIAL, signals);
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) {
            TutorialResources resources = TutorialTesting.resources(TUTORIAL, work);
            var result = resources.cleanUp(engine, resources.list(engine));
            engine.close();
            assertThat(result.problems()).isEmpty();
        }
    }

    @Test
    @Order(1)
    void lesson3TheBuildStepCompletesOnlyOnceTheImageExists() throws Exception {
        assertThat(checks.passes(StepChecks.IMAGE_BUILT, engine)).isFalse();
        TutorialBuilds builds = TutorialTesting.builds(TUTORIAL, work);
        TutorialBuilds.Plan plan = builds.plan(TutorialBuilds.Kind.HELLO);
        assertThat(plan.command()).startsWith("docker build --label").contains("-t " + TUTORIAL.helloImage());
        assertThat(plan.dockerfile()).contains("FROM scratch");
        builds.prepare(plan);
        // written, but not built: still not done
        assertThat(checks.passes(StepChecks.IMAGE_BUILT, engine)).isFalse();

        TutorialTesting.build(engine, builds, TutorialBuilds.Kind.HELLO);

        assertThat(checks.passes(StepChecks.IMAGE_BUILT, engine)).isTrue();
        assertThat(checks.image(engine, TUTORIAL.helloImage()).orElseThrow().labels())
                .containsAllEntriesOf(TUTORIAL.labels());
    }

    @Test
    @Order(2)
    void lesson4RunThenLogsCompleteOnlyAfterTheContainerRanAndItsLinesWereShown() throws Exception {
        assertThat(checks.passes(StepChecks.CONTAINER_RAN, engine)).isFalse();
        assertThat(checks.passes(StepChecks.LOGS_SHOWN, engine)).isFalse();

        String id = TutorialTesting.resources(TUTORIAL, work).runHello(engine);
        assertThat(checks.passes(StepChecks.CONTAINER_RAN, engine)).isTrue();
        // the container ran, but no log view has shown its lines yet
        assertThat(checks.passes(StepChecks.LOGS_SHOWN, engine)).isFalse();
        // a log view of some other container does not count either
        signals.logsShown("0123456789ab");
        assertThat(checks.passes(StepChecks.LOGS_SHOWN, engine)).isFalse();

        // what the log view does: follow the log, and tell once lines are on screen
        CompletableFuture<String> firstLine = new CompletableFuture<>();
        try (Subscription ignored = engine.logs(id, LogRequest.tailAndFollow(LogRequest.DEFAULT_TAIL),
                chunk -> firstLine.complete(new String(chunk.bytes(), StandardCharsets.UTF_8)), failure -> { })) {
            assertThat(firstLine.get(30, TimeUnit.SECONDS)).contains("Hello from your container");
        }
        signals.logsShown(id);
        assertThat(checks.passes(StepChecks.LOGS_SHOWN, engine)).isTrue();
        ContainerSummary c = engine.findContainer(id);
        assertThat(c.labels()).containsAllEntriesOf(TUTORIAL.labels());
    }

    @Test
    @Order(3)
    void lesson5LayersAndTheWastedSpaceExperiment() throws Exception {
        assertThat(checks.passes(StepChecks.LAYERS_SHOWN, engine)).isFalse();
        signals.mark(TutorialSignals.LAYERS_SHOWN);
        assertThat(checks.passes(StepChecks.LAYERS_SHOWN, engine)).isTrue();

        assertThat(checks.passes(StepChecks.WASTEFUL_BUILT, engine)).isFalse();
        assertThat(checks.passes(StepChecks.FIXED_BUILT, engine)).isFalse();
        TutorialBuilds builds = TutorialTesting.builds(TUTORIAL, work);
        TutorialTesting.build(engine, builds, TutorialBuilds.Kind.WASTEFUL);
        assertThat(checks.passes(StepChecks.WASTEFUL_BUILT, engine)).isTrue();
        assertThat(checks.passes(StepChecks.FIXED_BUILT, engine)).isFalse();
        TutorialTesting.build(engine, builds, TutorialBuilds.Kind.FIXED);
        assertThat(checks.passes(StepChecks.FIXED_BUILT, engine)).isTrue();

        ImageWaste wasteful = ImageWaste.measure(engine, TUTORIAL.wastefulImage());
        ImageWaste fixed = ImageWaste.measure(engine, TUTORIAL.fixedImage());
        System.out.printf("wasteful: %,d bytes, %,d wasted, efficiency %.3f; fixed: %,d bytes, %,d wasted, %.3f%n",
                wasteful.sizeBytes(), wasteful.wastedBytes(), wasteful.efficiency(), fixed.sizeBytes(),
                fixed.wastedBytes(), fixed.efficiency());
        assertThat(wasteful.wastedBytes()).isGreaterThanOrEqualTo(8L * 1024 * 1024);
        assertThat(wasteful.efficiency()).isLessThan(1.0);
        assertThat(fixed.wastedBytes()).isLessThan(1024 * 1024);
        assertThat(wasteful.sizeBytes() - fixed.sizeBytes()).isGreaterThanOrEqualTo(8L * 1024 * 1024);
    }

    @Test
    @Order(4)
    void theTutorialListsWhatItCreatedWithTheCommandsThatRemoveIt() {
        var created = TutorialTesting.resources(TUTORIAL, work).list(engine);
        assertThat(created.images()).extracting(i -> i.repoTags().getFirst()).containsExactlyInAnyOrder(
                TUTORIAL.helloImage(), TUTORIAL.wastefulImage(), TUTORIAL.fixedImage());
        assertThat(created.containers()).hasSize(1);
        assertThat(created.removals()).extracting(TutorialResources.Removal::command)
                .contains("docker rmi " + TUTORIAL.helloImage())
                .anyMatch(cmd -> cmd.startsWith("docker rm -f "));
        assertThat(List.copyOf(created.removals())).first().extracting(TutorialResources.Removal::kind)
                .isEqualTo(TutorialResources.Removal.Kind.CONTAINER);
    }
}
