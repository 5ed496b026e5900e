package dev.porthole.engine;

import dev.porthole.model.DiskUsage;
import dev.porthole.model.EngineFacts;
import dev.porthole.model.NetworkSpec;
import dev.porthole.model.NetworkSummary;
import dev.porthole.model.PruneResult;
import dev.porthole.model.RunSpec;
import dev.porthole.model.VolumeSummary;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Volumes, networks, disk usage and facts against the real engine; touches only objects it labelled. */
class VolumesNetworksIT {

    /** This run's own label, so a prune here can only ever reach volumes this class created. */
    private static final String RUN_LABEL = "dev.porthole.test.run";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

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
            TestImages.removeVolumes(engine, v -> volumes.contains(v.name())
                    && "true".equals(v.labels().get(TEST_LABEL)));
            TestImages.removeNetworks(engine, n -> networks.contains(n.name())
                    && "true".equals(n.labels().get(TEST_LABEL)));
        });
    }

    private static Map<String, String> labels() {
        return Map.of(TEST_LABEL, "true", RUN_LABEL, RUN);
    }

    private static VolumeSummary createVolume(String prefix) {
        String name = TestImages.uniqueName(prefix);
        volumes.add(name);
        return engine.createVolume(name, "local", labels());
    }

    /** Fills the volume with {@code bytes} bytes through a short-lived labelled container. */
    private static void fill(String volume, int bytes) {
        String id = TestImages.run(engine, new RunSpec(busybox, null,
                List.of("sh", "-c", "head -c " + bytes + " /dev/zero > /data/blob"), List.of(), List.of(),
                List.of(volume + ":/data"), "no", false, Map.of(TEST_LABEL, "true")));
        for (int i = 0; i < 100 && engine.findContainer(id).state().canStop(); i++) {
            sleep(100);
        }
        engine.removeContainer(id, true);
    }

    @Test
    void createdVolumeIsListedWithItsDriverLabelsAndMountPoint() {
        VolumeSummary created = createVolume("vol");

        VolumeSummary listed = engine.listVolumes().stream().filter(v -> v.name().equals(created.name()))
                .findFirst().orElseThrow();
        assertThat(listed.driver()).isEqualTo("local");
        assertThat(listed.labels()).containsEntry(TEST_LABEL, "true").containsEntry(RUN_LABEL, RUN);
        assertThat(listed.mountpoint()).contains(created.name());
        assertThat(listed.containers()).isEmpty();
        assertThat(listed.created()).isNotNull();
    }

    @Test
    void removingAVolumeInUseIsRefusedNamingTheContainer() {
        VolumeSummary volume = createVolume("busy");
        String name = TestImages.uniqueName("holder");
        TestImages.run(engine, new RunSpec(busybox, name, TestImages.TICK_COMMAND, List.of(), List.of(),
                List.of(volume.name() + ":/data"), "no", false, Map.of(TEST_LABEL, "true")));

        assertThat(engine.listVolumes().stream().filter(v -> v.name().equals(volume.name())).findFirst()
                .orElseThrow().containers()).containsExactly(name);
        assertThatThrownBy(() -> engine.removeVolume(volume.name()))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains(name);
                });
        assertThat(engine.listVolumes()).extracting(VolumeSummary::name).contains(volume.name());
    }

    @Test
    void prunePreviewListsExactlyWhatPruneRemovesAndTheSpaceItFrees() {
        VolumeSummary unused = createVolume("unused");
        fill(unused.name(), 200_000);
        VolumeSummary held = createVolume("held");
        TestImages.run(engine, new RunSpec(busybox, TestImages.uniqueName("pruneholder"), TestImages.TICK_COMMAND,
                List.of(), List.of(), List.of(held.name() + ":/data"), "no", false, Map.of(TEST_LABEL, "true")));

        List<VolumeSummary> preview = engine.volumePrunePreview(labels());
        assertThat(preview).extracting(VolumeSummary::name).contains(unused.name()).doesNotContain(held.name());
        assertThat(preview).allSatisfy(v -> assertThat(v.labels()).containsEntry(RUN_LABEL, RUN));
        VolumeSummary filled = preview.stream().filter(v -> v.name().equals(unused.name())).findFirst().orElseThrow();
        assertThat(filled.size()).isGreaterThanOrEqualTo(200_000);
        long previewBytes = preview.stream().mapToLong(v -> Math.max(0, v.size())).sum();

        PruneResult result = engine.pruneVolumes(labels());

        assertThat(result.removed()).containsExactlyInAnyOrderElementsOf(
                preview.stream().map(VolumeSummary::name).toList());
        assertThat(result.spaceReclaimed()).isEqualTo(previewBytes);
        List<String> left = engine.listVolumes().stream().map(VolumeSummary::name).toList();
        assertThat(left).doesNotContain(unused.name()).contains(held.name());
    }

    @Test
    void diskUsageVolumesMatchTheVolumeList() {
        VolumeSummary v = createVolume("df");
        fill(v.name(), 50_000);

        DiskUsage usage = engine.diskUsage();
        List<VolumeSummary> all = engine.listVolumes();
        assertThat(usage.volumes().count()).isEqualTo(all.size());
        assertThat(usage.volumes().size()).isEqualTo(all.stream().mapToLong(x -> Math.max(0, x.size())).sum());
        assertThat(usage.volumes().reclaimable()).isGreaterThanOrEqualTo(50_000).isLessThanOrEqualTo(usage.volumes().size());
        assertThat(usage.images().count()).isPositive();
        assertThat(usage.images().reclaimable()).isBetween(0L, usage.images().size());
    }

    @Test
    void factsCountWhatTheListsShow() {
        EngineFacts facts = engine.engineFacts();
        assertThat(facts.cpus()).isPositive();
        assertThat(facts.memory()).isPositive();
        assertThat(facts.storageDriver()).isNotBlank();
        assertThat(facts.rootDir()).isNotBlank();
        assertThat(facts.info().version()).isNotBlank();
        assertThat(facts.networks()).isEqualTo(engine.listNetworks().size());
        assertThat(facts.volumes()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void networkWithSubnetConnectsDisconnectsAndRefusesRemovalWhileAttached() {
        String name = TestImages.uniqueName("net");
        networks.add(name);
        String id = engine.createNetwork(new NetworkSpec(name, "bridge", "10.213.7.0/24", "10.213.7.1", true,
                labels()));
        NetworkSummary created = engine.listNetworks().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow();
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.driver()).isEqualTo("bridge");
        assertThat(created.internal()).isTrue();
        assertThat(created.subnets()).containsExactly("10.213.7.0/24");
        assertThat(created.gateways()).containsExactly("10.213.7.1");
        assertThat(engine.inspectNetworkJson(id)).contains("\"Name\" : \"" + name + "\"");

        String container = TestImages.uniqueName("netuser");
        TestImages.runSleeper(engine, container);
        engine.connectNetwork(id, container);
        assertThat(find(id).containers()).containsExactly(container);
        assertThatThrownBy(() -> engine.removeNetwork(id)).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.kind()).isEqualTo(EngineException.Kind.CONFLICT);
            assertThat(e.getMessage()).contains(container);
        });

        engine.disconnectNetwork(id, container);
        assertThat(find(id).containers()).isEmpty();
        engine.removeNetwork(id);
        assertThat(engine.listNetworks()).extracting(NetworkSummary::id).doesNotContain(id);
    }

    private static NetworkSummary find(String id) {
        return engine.listNetworks().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
