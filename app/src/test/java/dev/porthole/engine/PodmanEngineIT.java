package dev.porthole.engine;

import dev.porthole.model.ContainerDetails;
import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineInfo;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.RunSpec;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** The same engine code against Podman's Docker-compatible API (at PORTHOLE_PODMAN_HOST). */
class PodmanEngineIT {

    private static Engine podman;
    private static String busybox;

    @BeforeAll
    static void openEngine() {
        podman = TestEngines.podman();
        busybox = TestImages.busybox(podman);
    }

    @AfterAll
    static void cleanUp() {
        if (podman != null) {
            try {
                TestImages.cleanup(podman);
            } finally {
                podman.close();
            }
        }
    }

    @Test
    void infoNamesPodmanAndItsApiVersion() {
        EngineInfo info = podman.info();
        assertThat(info.name()).isEqualTo("Podman Engine");
        assertThat(info.version()).matches("\\d+\\.\\d+.*");
        assertThat(info.apiVersion()).matches("1\\.\\d+");
        assertThat(info.endpoint()).isEqualTo(podman.endpoint().host());
    }

    @Test
    void theTestImageIsBuiltThroughPodmansBuildApi() {
        // Podman's Docker API qualifies the short name the way Docker would
        assertThat(busybox).isEqualTo("docker.io/" + TestImages.BUSYBOX);
        List<ImageHistoryEntry> history = podman.imageHistory(busybox);
        assertThat(history).isNotEmpty();
        assertThat(history).anySatisfy(h -> assertThat(h.createdBy()).contains("COPY"));
        assertThat(podman.inspectImageJson(busybox)).contains("\"" + TEST_LABEL + "\" : \"true\"");
    }

    @Test
    void runListAndLifecycle() {
        String name = TestImages.uniqueName("podman-life");
        RunSpec spec = new RunSpec(busybox, name, TestImages.TICK_COMMAND, List.of("GREETING=hello", "ORDER=2"),
                List.of(new RunSpec.PortPublish(0, 8080, "tcp")), List.of(), "no", false,
                Map.of(TEST_LABEL, "true", "dev.porthole.it", "podman"));
        String id = TestImages.run(podman, spec);

        ContainerSummary running = podman.findContainer(name);
        assertThat(running.id()).isEqualTo(id);
        assertThat(running.state()).isEqualTo(ContainerState.RUNNING);
        assertThat(running.labels()).containsEntry("dev.porthole.it", "podman");
        assertThat(running.ports()).anySatisfy(p -> {
            assertThat(p.privatePort()).isEqualTo(8080);
            assertThat(p.publicPort()).isPositive();
        });
        assertThat(podman.listContainers(false)).extracting(ContainerSummary::id).contains(id);
        assertThat(podman.listContainers(true)).extracting(ContainerSummary::name)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        ContainerDetails details = podman.inspectContainer(id);
        assertThat(details.environment()).containsEntry("GREETING", "hello").containsEntry("ORDER", "2");
        assertThat(details.labels()).containsEntry("dev.porthole.it", "podman");
        assertThat(details.overview()).containsEntry("ID", id).containsEntry("Name", name);
        assertThat(details.json()).contains("\"Id\" : \"" + id + "\"");

        podman.stopContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.EXITED);
        podman.startContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.RUNNING);
        podman.restartContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.RUNNING);
        podman.pauseContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.PAUSED);
        podman.unpauseContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.RUNNING);
        podman.killContainer(id);
        assertThat(state(id)).isEqualTo(ContainerState.EXITED);
        podman.removeContainer(id, false);
        assertThat(podman.findContainer(id)).isNull();
    }

    @Test
    void forcedRemoveTakesARunningContainer() {
        String id = TestImages.runSleeper(podman, TestImages.uniqueName("podman-force"));
        podman.removeContainer(id, true);
        assertThat(podman.findContainer(id)).isNull();
    }

    @Test
    void imageListCountsContainersAndRefusesToRemoveAnImageInUse() {
        String unique = TestImages.uniqueName("pimg").substring("porthole-it-".length());
        String ref = TestImages.buildImage(podman, "porthole-test/podman-counted:" + unique,
                "LABEL dev.porthole.it.unique=" + unique);
        String user = TestImages.run(podman, TestImages.sleeperSpec(ref, TestImages.uniqueName("podman-user")));

        ImageSummary counted = podman.listImages().stream().filter(i -> i.repoTags().contains(ref)).findFirst()
                .orElseThrow();
        assertThat(counted.containers()).isEqualTo(1);
        assertThat(counted.labels()).containsEntry("dev.porthole.it.unique", unique);

        assertThatThrownBy(() -> podman.removeImage(ref, false))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT);
                    assertThat(e.getMessage()).startsWith("Cannot remove image " + ref + ": ");
                });
        // Podman's own force would take the container with it: refused, and the container lives on
        assertThatThrownBy(() -> podman.removeImage(ref, true))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains(podman.findContainer(user).name());
                });
        assertThat(podman.findContainer(user).state()).isEqualTo(ContainerState.RUNNING);
        podman.removeContainer(user, true);
        podman.removeImage(ref, false);
        assertThat(podman.listImages()).noneSatisfy(i -> assertThat(i.repoTags()).contains(ref));
    }

    @Test
    void eventsArriveForStart() throws InterruptedException {
        BlockingQueue<EngineEvent> events = new LinkedBlockingQueue<>();
        BlockingQueue<Optional<Throwable>> ends = new LinkedBlockingQueue<>();
        try (Subscription ignored = podman.events(events::add, end -> ends.add(Optional.ofNullable(end)))) {
            String id = TestImages.runSleeper(podman, TestImages.uniqueName("podman-events"));
            List<EngineEvent> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            EngineEvent start = null;
            while (start == null && System.nanoTime() < deadline) {
                EngineEvent e = events.poll(100, TimeUnit.MILLISECONDS);
                if (e != null && e.isContainer() && e.action().equals("start") && e.actorId().equals(id)) {
                    start = e;
                } else if (e != null) {
                    seen.add(e);
                }
            }
            if (start == null) {
                fail("No start event for " + id + " within 10 s; saw " + seen);
            }
        }
        assertThat(ends.poll(5, TimeUnit.SECONDS)).as("onEnd after close").isEmpty();
    }

    private static ContainerState state(String id) {
        return podman.findContainer(id).state();
    }
}
