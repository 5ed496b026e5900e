package dev.porthole.engine;

import dev.porthole.engine.docker.DockerEngine;
import dev.porthole.model.ContainerDetails;
import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineInfo;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.Ids;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.PortMapping;
import dev.porthole.model.RunSpec;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** {@link DockerEngine} against the real Docker engine. */
class DockerEngineIT {

    private static Engine engine;
    private static String busybox;

    @BeforeAll
    static void openEngine() {
        engine = TestEngines.assumeEngine();
        busybox = TestImages.busybox(engine);
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine);
    }

    @Test
    void infoNamesTheEngineAndNegotiatesTheLowerApiVersion() {
        EngineInfo info = engine.info();

        // the engine states its own API version at any path version; docker-java 3.7.1 knows up to 1.44
        String engineApi = ((DockerEngine) engine).dockerClient().versionCmd().exec().getApiVersion();
        String expected = compareVersions(engineApi, "1.44") > 0 ? "1.44" : engineApi;
        assertThat(info.apiVersion()).isEqualTo(expected);
        assertThat(info.name()).startsWith("Docker Engine");
        assertThat(info.version()).isNotBlank();
        assertThat(info.os()).isEqualTo("linux");
        assertThat(info.endpoint()).isEqualTo(engine.endpoint().host());
        if (info.version().startsWith("20.10")) {
            assertThat(info.apiVersion()).isEqualTo("1.41");
        }
    }

    @Test
    void runPublishesPortsAndSetsEnvironmentLabelsBindsAndRestartPolicy(@TempDir Path dir) {
        String name = TestImages.uniqueName("run");
        RunSpec spec = new RunSpec(busybox, name, TestImages.TICK_COMMAND,
                List.of("GREETING=hello world", "EMPTY=", "ORDER=2"),
                List.of(new RunSpec.PortPublish(0, 8080, "tcp"), new RunSpec.PortPublish(0, 9090, "udp")),
                List.of(dir + ":/data:ro"), "unless-stopped", false,
                Map.of(TEST_LABEL, "true", "dev.porthole.it", "run"));

        String id = TestImages.run(engine, spec);

        ContainerSummary summary = engine.findContainer(name);
        assertThat(summary.id()).isEqualTo(id);
        assertThat(summary.name()).isEqualTo(name);
        assertThat(summary.state()).isEqualTo(ContainerState.RUNNING);
        assertThat(summary.image()).isEqualTo(busybox);
        assertThat(summary.labels()).containsEntry("dev.porthole.it", "run").containsEntry(TEST_LABEL, "true");
        assertThat(summary.ports()).anySatisfy(p -> {
            assertThat(p.privatePort()).isEqualTo(8080);
            assertThat(p.protocol()).isEqualTo("tcp");
            assertThat(p.publicPort()).isPositive();
        }).anySatisfy(p -> {
            assertThat(p.privatePort()).isEqualTo(9090);
            assertThat(p.protocol()).isEqualTo("udp");
            assertThat(p.publicPort()).isPositive();
        }).isSortedAccordingTo(Comparator.comparingInt(PortMapping::privatePort));

        ContainerDetails details = engine.inspectContainer(name);
        assertThat(details.summary().id()).isEqualTo(id);
        // the container's own order, with our three entries in the order given
        List<String> ours = details.environment().keySet().stream()
                .filter(List.of("GREETING", "EMPTY", "ORDER")::contains).toList();
        assertThat(ours).containsExactly("GREETING", "EMPTY", "ORDER");
        assertThat(details.environment()).containsEntry("GREETING", "hello world").containsEntry("EMPTY", "")
                .containsEntry("ORDER", "2");
        assertThat(details.labels()).containsEntry("dev.porthole.it", "run").containsEntry(TEST_LABEL, "true");
        assertThat(details.mounts()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("bind");
            assertThat(m.source()).isEqualTo(dir.toString());
            assertThat(m.destination()).isEqualTo("/data");
            assertThat(m.readWrite()).isFalse();
        });
        assertThat(details.networks()).anySatisfy(n -> {
            assertThat(n.network()).isEqualTo("bridge");
            assertThat(n.ipAddress()).isNotBlank();
        });
        assertThat(details.overview().keySet()).startsWith("ID", "Name", "Image", "Image ID", "Command");
        assertThat(details.overview()).containsEntry("ID", id).containsEntry("Name", name)
                .containsEntry("State", "running").containsEntry("Restart policy", "unless-stopped")
                .containsEntry("Command", "sh -c 'trap '\\''exit 0'\\'' TERM; while true; do echo tick; sleep 1; done'")
                .doesNotContainKey("Finished");
        assertThat(details.json()).contains("\"Id\" : \"" + id + "\"").contains("\n  \"State\" : {");
    }

    @Test
    void lifecycleCommandsMoveTheContainerThroughItsStates() {
        String name = TestImages.uniqueName("life");
        String id = TestImages.runSleeper(engine, name);
        assertThat(state(id)).isEqualTo(ContainerState.RUNNING);

        engine.startContainer(id); // already running: no error
        engine.stopContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.EXITED);
        assertThat(engine.listContainers(false)).extracting(ContainerSummary::id).doesNotContain(id);
        assertThat(engine.listContainers(true)).extracting(ContainerSummary::id).contains(id);
        engine.stopContainer(id); // already stopped: no error

        engine.startContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.RUNNING);
        engine.restartContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.RUNNING);
        engine.pauseContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.PAUSED);
        engine.unpauseContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.RUNNING);

        assertThatThrownBy(() -> engine.removeContainer(id, false))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT);
                    assertThat(e.getMessage()).startsWith("Cannot remove container " + id.substring(0, 12) + ": ");
                });
        engine.killContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.EXITED);
        assertThatThrownBy(() -> engine.killContainer(id))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT));
        engine.removeContainer(id, false);
        assertThat(engine.findContainer(id)).isNull();
        assertThat(engine.findContainer(name)).isNull();
    }

    @Test
    void forcedRemoveTakesARunningContainer() {
        String id = TestImages.runSleeper(engine, TestImages.uniqueName("force"));
        engine.removeContainer(id, true);
        assertThat(engine.findContainer(id)).isNull();
    }

    @Test
    void eventsArriveForStartAndDieAndCloseEndsTheStreamQuietly() throws InterruptedException {
        BlockingQueue<EngineEvent> events = new LinkedBlockingQueue<>();
        BlockingQueue<Optional<Throwable>> ends = new LinkedBlockingQueue<>();
        String name = TestImages.uniqueName("events");
        String id;
        try (Subscription ignored = engine.events(events::add, end -> ends.add(Optional.ofNullable(end)))) {
            id = TestImages.runSleeper(engine, name);
            EngineEvent start = await(events, e -> e.isContainer() && e.action().equals("start")
                    && e.actorId().equals(id));
            assertThat(start.attributes()).containsEntry("name", name).containsEntry(TEST_LABEL, "true");
            assertThat(start.time()).isNotNull();
            engine.killContainer(id);
            EngineEvent die = await(events, e -> e.isContainer() && e.action().equals("die")
                    && e.actorId().equals(id));
            assertThat(die.attributes()).containsKey("exitCode");
        }
        assertThat(ends.poll(5, TimeUnit.SECONDS)).as("onEnd after close").isEmpty();
    }

    @Test
    void containersAreSortedByName() {
        String suffix = TestImages.uniqueName("x").substring("porthole-it-x-".length());
        String b = TestImages.runSleeper(engine, "porthole-it-sort-B-" + suffix);
        String a = TestImages.runSleeper(engine, "porthole-it-sort-a-" + suffix);

        List<ContainerSummary> all = engine.listContainers(true);
        assertThat(all).extracting(ContainerSummary::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(all).extracting(ContainerSummary::id).containsSubsequence(a, b);
    }

    @Test
    void imageListCountsTheContainersOfEachImage() {
        String unique = TestImages.uniqueName("img").substring("porthole-it-".length());
        String ref = TestImages.buildImage(engine, "porthole-test/counted:" + unique,
                "LABEL dev.porthole.it.unique=" + unique);
        TestImages.run(engine, TestImages.sleeperSpec(ref, TestImages.uniqueName("count1")));
        String stopped = TestImages.run(engine, TestImages.sleeperSpec(ref, TestImages.uniqueName("count2")));
        engine.stopContainer(stopped);

        List<ImageSummary> images = engine.listImages();
        ImageSummary counted = images.stream().filter(i -> i.repoTags().contains(ref)).findFirst().orElseThrow();
        assertThat(counted.containers()).isEqualTo(2);
        assertThat(counted.labels()).containsEntry(TEST_LABEL, "true").containsEntry("dev.porthole.it.unique", unique);
        assertThat(counted.size()).isPositive();
        assertThat(counted.id()).startsWith("sha256:");
        assertThat(images).anySatisfy(i -> assertThat(i.repoTags()).contains(busybox));
        assertSortedByFirstTagDanglingLast(images);
    }

    @Test
    void removingAnImageAContainerUsesIsAConflict() {
        String unique = TestImages.uniqueName("busy").substring("porthole-it-".length());
        String ref = TestImages.buildImage(engine, "porthole-test/in-use:" + unique,
                "LABEL dev.porthole.it.unique=" + unique);
        String container = TestImages.run(engine, TestImages.sleeperSpec(ref, TestImages.uniqueName("user")));
        String imageId = engine.listImages().stream().filter(i -> i.repoTags().contains(ref)).findFirst()
                .orElseThrow().id();

        assertThatThrownBy(() -> engine.removeImage(imageId, false))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT);
                    assertThat(e.getMessage()).startsWith("Cannot remove image " + Ids.shortId(imageId) + ": ")
                            .contains(container.substring(0, 12));
                });
        // even forced: the engine will not delete an image a running container uses
        assertThatThrownBy(() -> engine.removeImage(imageId, true))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("running container");
                });
        assertThat(engine.listImages()).anySatisfy(i -> assertThat(i.id()).isEqualTo(imageId));
    }

    @Test
    void tagAddsAReferenceAndRemovingItKeepsTheImage() {
        String unique = TestImages.uniqueName("tag").substring("porthole-it-".length());
        String ref = TestImages.buildImage(engine, "porthole-test/tagged:" + unique,
                "LABEL dev.porthole.it.unique=" + unique);
        String extra = "porthole-test/extra:" + unique;
        TestImages.trackImage(engine, extra);

        engine.tagImage(ref, "porthole-test/extra", unique);
        ImageSummary both = engine.listImages().stream().filter(i -> i.repoTags().contains(ref)).findFirst()
                .orElseThrow();
        assertThat(both.repoTags()).containsExactly(extra, ref);

        engine.removeImage(extra, false);
        ImageSummary one = engine.listImages().stream().filter(i -> i.id().equals(both.id())).findFirst().orElseThrow();
        assertThat(one.repoTags()).containsExactly(ref);
    }

    @Test
    void historyListsTheBuildStepsNewestFirst() {
        List<ImageHistoryEntry> history = engine.imageHistory(busybox);

        assertThat(history).hasSizeGreaterThanOrEqualTo(3);
        assertThat(history.getFirst().createdBy()).contains("LABEL").contains(TEST_LABEL);
        assertThat(history.getFirst().tags()).contains(busybox);
        assertThat(history.getLast().createdBy()).contains("COPY");
        assertThat(history.getLast().size()).isGreaterThan(1_000_000); // the busybox binary
        assertThat(history).allSatisfy(h -> assertThat(h.created()).isNotNull());
        assertThat(history).extracting(ImageHistoryEntry::created)
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void inspectImageGivesTheEnginesJsonPrettyPrinted() {
        String json = engine.inspectImageJson(busybox);
        assertThat(json).startsWith("{\n").contains("\"RepoTags\" : [ \"" + busybox + "\"")
                .contains("\"" + TEST_LABEL + "\" : \"true\"");
    }

    @Test
    void missingObjectsAreNotFoundAndNamedInTheMessage() {
        String missing = TestImages.uniqueName("missing");
        assertThat(engine.findContainer(missing)).isNull();
        assertThatThrownBy(() -> engine.inspectContainer(missing))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("Cannot inspect container " + missing
                            + ": No such container: " + missing);
                });
        assertThatThrownBy(() -> engine.startContainer(missing))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> engine.removeImage("porthole-test/" + missing + ":latest", false))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("porthole-test/" + missing);
                });
        assertThatThrownBy(() -> engine.runContainer(TestImages.sleeperSpec("porthole-test/" + missing, missing)))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("porthole-test/" + missing);
                });
    }

    @Test
    void runWithATakenNameIsAConflict() {
        String name = TestImages.uniqueName("taken");
        TestImages.runSleeper(engine, name);
        assertThatThrownBy(() -> TestImages.runSleeper(engine, name))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT);
                    assertThat(e.getMessage()).startsWith("Cannot create container " + name + " from ")
                            .contains("already in use");
                });
    }

    @Test
    void aRunWhoseStartFailsLeavesNoContainerBehind() {
        String name = TestImages.uniqueName("nostart");
        RunSpec spec = new RunSpec(busybox, name, List.of("/no/such/program"), List.of(), List.of(), List.of(),
                "no", false, Map.of(TEST_LABEL, "true"));

        assertThatThrownBy(() -> TestImages.run(engine, spec))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Cannot start container ").contains("/no/such/program");
                    assertThat(e.kind()).isIn(EngineException.Kind.BAD_REQUEST, EngineException.Kind.OTHER);
                });
        assertThat(engine.findContainer(name)).isNull();
    }

    @Test
    void aBadRunSpecIsABadRequest() {
        RunSpec spec = new RunSpec(busybox, TestImages.uniqueName("bad"), List.of(), List.of(), List.of(), List.of(),
                "sometimes", false, Map.of(TEST_LABEL, "true"));
        assertThatThrownBy(() -> TestImages.run(engine, spec))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("unknown restart policy \"sometimes\"");
                });
    }

    @Test
    void anEngineThatIsNotThereIsUnreachableAndSaysWhere(@TempDir Path dir) {
        String socket = "unix://" + dir.resolve("missing.sock");
        try (Engine none = TestEngines.factory().open(EngineEndpoint.plain(socket, "test"))) {
            assertThatThrownBy(none::info).isInstanceOfSatisfying(EngineException.class, e -> {
                assertThat(e.kind()).isEqualTo(EngineException.Kind.UNREACHABLE);
                assertThat(e.getMessage()).isEqualTo("Cannot read the engine's version: the engine at " + socket
                        + " is not there (no socket at " + dir.resolve("missing.sock") + ").");
            });
        }
        try (Engine refused = TestEngines.factory().open(EngineEndpoint.plain("tcp://127.0.0.1:1", "test"))) {
            assertThatThrownBy(() -> refused.listContainers(false)).isInstanceOfSatisfying(EngineException.class, e -> {
                assertThat(e.kind()).isEqualTo(EngineException.Kind.UNREACHABLE);
                assertThat(e.getMessage()).contains("tcp://127.0.0.1:1").contains("refused the connection");
            });
        }
    }

    // ---- helpers ----

    private static ContainerState state(String id) {
        return engine.findContainer(id).state();
    }

    private static EngineEvent await(BlockingQueue<EngineEvent> events, Predicate<EngineEvent> wanted)
            throws InterruptedException {
        List<EngineEvent> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            EngineEvent e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null) {
                if (wanted.test(e)) {
                    return e;
                }
                seen.add(e);
            }
        }
        return fail("The wanted event did not come within 10 s; saw " + seen);
    }

    private static void assertSortedByFirstTagDanglingLast(List<ImageSummary> images) {
        List<ImageSummary> tagged = images.stream().filter(i -> !i.dangling()).toList();
        assertThat(images.subList(0, tagged.size())).isEqualTo(tagged);
        assertThat(tagged).extracting(i -> i.repoTags().getFirst()).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }
}
