package dev.porthole.engine;

import dev.porthole.model.CleanupItem;
import dev.porthole.model.CleanupKind;
import dev.porthole.model.CleanupPlan;
import dev.porthole.model.CleanupRequest;
import dev.porthole.model.CleanupResult;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.NetworkSpec;
import dev.porthole.model.NetworkSummary;
import dev.porthole.model.RunSpec;
import dev.porthole.model.VolumeSummary;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * System clean-up against the real engine: the preview names exactly what the clean-up then removes. Every
 * request carries this run's own label, so nothing another test or the user made is ever previewed or removed.
 */
class CleanupIT {

    private static final String RUN_LABEL = "dev.porthole.test.cleanup";
    /** Each test its own value, so tests of this class never see each other's objects. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private static Engine engine;
    private static String busybox;
    private static final List<String> volumes = new ArrayList<>();
    private static final List<String> networks = new ArrayList<>();

    @BeforeAll
    static void openEngine() {
        engine = TestEngines.assumeEngine();
        busybox = TestImages.busybox(engine);
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine, () -> {
            for (ImageSummary i : engine.listImages()) {
                if (i.labels().containsKey(RUN_LABEL) && "true".equals(i.labels().get(TEST_LABEL))) {
                    engine.removeImage(i.id(), true);
                }
            }
            TestImages.removeVolumes(engine, v -> volumes.contains(v.name())
                    && "true".equals(v.labels().get(TEST_LABEL)));
            TestImages.removeNetworks(engine, n -> networks.contains(n.name())
                    && "true".equals(n.labels().get(TEST_LABEL)));
        });
    }

    private Map<String, String> labels() {
        return Map.of(TEST_LABEL, "true", RUN_LABEL, run);
    }

    private CleanupRequest request(boolean allImages, CleanupKind... kinds) {
        return new CleanupRequest(EnumSet.copyOf(List.of(kinds)), allImages, labels());
    }

    @Test
    void previewListsExactlyWhatTheCleanUpRemovesAndTheSpaceItFrees() {
        String stoppedA = stoppedContainer(List.of());
        VolumeSummary onlyStopped = createVolume("onlystopped");
        String stoppedB = stoppedContainer(List.of(onlyStopped.name() + ":/data"));
        VolumeSummary unused = createVolume("unused");
        fill(unused.name(), 100_000);
        VolumeSummary held = createVolume("held");
        String running = TestImages.run(engine, new RunSpec(busybox, TestImages.uniqueName("cleanrun"),
                TestImages.TICK_COMMAND, List.of(), List.of(), List.of(held.name() + ":/data"), "no", false,
                withRun(Map.of())));
        String network = createNetwork();
        String tag = "porthole-it/cleanup-" + run + ":latest";
        String first = imageId(TestImages.buildImage(engine, tag, "LABEL " + RUN_LABEL + "=" + run,
                "RUN head -c 50000 /dev/zero > /blob"));
        String second = imageId(TestImages.buildImage(engine, tag, "LABEL " + RUN_LABEL + "=" + run, "LABEL v=2"));
        assertThat(first).isNotEqualTo(second);

        CleanupPlan danglingOnly = engine.cleanupPreview(request(false, CleanupKind.IMAGES));
        assertThat(danglingOnly.items()).extracting(CleanupItem::id).containsExactly(first);
        CleanupPlan volumesOnly = engine.cleanupPreview(request(false, CleanupKind.VOLUMES));
        assertThat(volumesOnly.items()).extracting(CleanupItem::id).containsExactly(unused.name());

        CleanupPlan plan = engine.cleanupPreview(request(true, CleanupKind.values()));
        assertThat(plan.items(CleanupKind.CONTAINERS)).extracting(CleanupItem::id)
                .containsExactlyInAnyOrder(stoppedA, stoppedB);
        // a volume only a stopped container mounts goes too, once that container has gone first
        assertThat(plan.items(CleanupKind.VOLUMES)).extracting(CleanupItem::id)
                .containsExactlyInAnyOrder(unused.name(), onlyStopped.name());
        assertThat(plan.items(CleanupKind.NETWORKS)).extracting(CleanupItem::id).containsExactly(network);
        assertThat(plan.items(CleanupKind.IMAGES)).extracting(CleanupItem::id).containsExactlyInAnyOrder(first, second);
        assertThat(plan.items(CleanupKind.BUILD_CACHE)).isEmpty();
        CleanupItem filled = plan.items(CleanupKind.VOLUMES).stream().filter(i -> i.id().equals(unused.name()))
                .findFirst().orElseThrow();
        assertThat(filled.size()).isGreaterThanOrEqualTo(100_000);
        // the image's own layer frees its bytes; a LABEL-only image shares every layer and frees none
        assertThat(plan.items(CleanupKind.IMAGES)).filteredOn(i -> i.id().equals(first)).singleElement()
                .satisfies(i -> assertThat(i.size()).isGreaterThanOrEqualTo(50_000));
        assertThat(plan.describe()).isEqualTo("2 stopped containers, 1 network, 2 volumes, 2 images");

        CleanupResult result = engine.cleanUp(plan);

        assertThat(result.failures()).isEmpty();
        assertThat(result.removed()).containsExactlyElementsOf(plan.items());
        assertThat(result.spaceReclaimed()).isEqualTo(plan.totalSize());
        assertThat(engine.findContainer(stoppedA)).isNull();
        assertThat(engine.findContainer(stoppedB)).isNull();
        assertThat(engine.findContainer(running)).isNotNull();
        assertThat(engine.listVolumes()).extracting(VolumeSummary::name)
                .doesNotContain(unused.name(), onlyStopped.name()).contains(held.name());
        assertThat(engine.listNetworks()).extracting(NetworkSummary::id).doesNotContain(network);
        assertThat(engine.listImages()).extracting(ImageSummary::id).doesNotContain(first, second);
        assertThat(engine.cleanupPreview(request(true, CleanupKind.values())).items()).isEmpty();
    }

    @Test
    void somethingTakenIntoUseAfterThePreviewIsReportedAndNothingNewerIsTouched() {
        VolumeSummary taken = createVolume("taken");
        VolumeSummary free = createVolume("free");
        CleanupPlan plan = engine.cleanupPreview(request(false, CleanupKind.VOLUMES));
        assertThat(plan.items()).extracting(CleanupItem::id).containsExactlyInAnyOrder(taken.name(), free.name());

        String user = stoppedContainer(List.of(taken.name() + ":/data"));
        VolumeSummary newer = createVolume("newer");
        CleanupResult result = engine.cleanUp(plan);

        assertThat(result.removed()).extracting(CleanupItem::id).containsExactly(free.name());
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.item().id()).isEqualTo(taken.name());
            assertThat(f.message()).contains(engine.findContainer(user).name());
        });
        assertThat(engine.listVolumes()).extracting(VolumeSummary::name).contains(taken.name(), newer.name())
                .doesNotContain(free.name());
    }

    @Test
    void cleanUpSizesAgreeWithTheEnginesDiskUsage() {
        VolumeSummary v = createVolume("sized");
        fill(v.name(), 60_000);
        long listed = engine.listVolumes().stream().filter(x -> x.name().equals(v.name())).findFirst().orElseThrow()
                .size();

        CleanupPlan plan = engine.cleanupPreview(request(false, CleanupKind.VOLUMES));

        assertThat(plan.items()).singleElement().satisfies(i -> assertThat(i.size()).isEqualTo(listed));
        assertThat(listed).isGreaterThanOrEqualTo(60_000);
    }

    private Map<String, String> withRun(Map<String, String> more) {
        Map<String, String> all = new HashMap<>(labels());
        all.putAll(more);
        return all;
    }

    /** A labelled container that ran and exited; optional volumes. */
    private String stoppedContainer(List<String> mounts) {
        String id = TestImages.run(engine, new RunSpec(busybox, TestImages.uniqueName("cleanstop"),
                List.of("true"), List.of(), List.of(), mounts, "no", false, withRun(Map.of())));
        waitStopped(id);
        return id;
    }

    private static void waitStopped(String id) {
        for (int i = 0; i < 100; i++) {
            ContainerSummary c = engine.findContainer(id);
            if (c == null || !c.state().canStop()) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError(id + " did not stop");
    }

    private VolumeSummary createVolume(String prefix) {
        String name = TestImages.uniqueName(prefix);
        volumes.add(name);
        return engine.createVolume(name, "local", labels());
    }

    private String createNetwork() {
        String name = TestImages.uniqueName("cleannet");
        networks.add(name);
        return engine.createNetwork(new NetworkSpec(name, "bridge", "", "", false, labels()));
    }

    private static void fill(String volume, int bytes) {
        String id = TestImages.run(engine, new RunSpec(busybox, null,
                List.of("sh", "-c", "head -c " + bytes + " /dev/zero > /data/blob"), List.of(), List.of(),
                List.of(volume + ":/data"), "no", false, Map.of(TEST_LABEL, "true")));
        waitStopped(id);
        engine.removeContainer(id, true);
    }

    private static String imageId(String ref) {
        return engine.listImages().stream().filter(i -> i.repoTags().contains(ref)).findFirst().orElseThrow().id();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
