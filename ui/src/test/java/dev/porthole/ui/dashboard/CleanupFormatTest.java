package dev.porthole.ui.dashboard;

import dev.porthole.model.CleanupItem;
import dev.porthole.model.CleanupKind;
import dev.porthole.model.CleanupPlan;
import dev.porthole.model.CleanupRequest;
import dev.porthole.model.CleanupResult;
import dev.porthole.model.DiskUsage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CleanupFormatTest {

    private static final CleanupRequest ALL = new CleanupRequest(Set.of(CleanupKind.values()), false, Map.of());
    private static final CleanupItem WEB = new CleanupItem(CleanupKind.CONTAINERS, "c1", "web-old", 12_000, "exited");
    private static final CleanupItem DB = new CleanupItem(CleanupKind.CONTAINERS, "c2", "db-old", 0, "created");
    private static final CleanupItem IMAGE = new CleanupItem(CleanupKind.IMAGES, "sha256:1", "<none> 1", 12_288_000,
            "dangling");
    private static final CleanupItem NET = new CleanupItem(CleanupKind.NETWORKS, "n1", "backend", 0, "bridge");

    @Test
    void confirmButtonSaysWhatGoesInRemovalOrderAndTheSpaceFreed() {
        CleanupPlan plan = new CleanupPlan(ALL, List.of(IMAGE, WEB, NET, DB));
        assertThat(CleanupFormat.confirm(plan))
                .isEqualTo("Remove 2 stopped containers, 1 network, 1 image — frees 12.3 MB");
        assertThat(CleanupFormat.total(plan)).isEqualTo("Total: 4 objects, frees 12.3 MB");
    }

    @Test
    void anEmptyOrPendingPreviewSaysSo() {
        assertThat(CleanupFormat.total(null)).isEqualTo("Reading what would go…");
        assertThat(CleanupFormat.total(new CleanupPlan(ALL, List.of())))
                .isEqualTo("Nothing to remove for the chosen kinds.");
        assertThat(CleanupFormat.confirm(new CleanupPlan(ALL, List.of()))).isEqualTo("Remove");
    }

    @Test
    void headingsCountAndSumTheirItemsAndItemsShowSizeOnlyWhenThereIsOne() {
        assertThat(CleanupFormat.heading(CleanupKind.CONTAINERS, List.of(WEB, DB)))
                .isEqualTo("Stopped containers (2) — 12.0 kB");
        assertThat(CleanupFormat.heading(CleanupKind.NETWORKS, List.of(NET))).isEqualTo("Networks (1)");
        assertThat(CleanupFormat.item(WEB)).isEqualTo("web-old — 12.0 kB · exited");
        assertThat(CleanupFormat.item(NET)).isEqualTo("backend · bridge");
    }

    @Test
    void choicesShowTheReclaimableSpaceWhenDiskUsageIsKnown() {
        DiskUsage usage = new DiskUsage(new DiskUsage.Usage(3, 1, 5_000_000, 2_000_000),
                new DiskUsage.Usage(2, 1, 10, 0), new DiskUsage.Usage(1, 0, 300, 300), new DiskUsage.Usage(0, 0, 0, 0));
        assertThat(CleanupFormat.choice(CleanupKind.IMAGES, usage)).isEqualTo("Unused images — 2.0 MB reclaimable");
        assertThat(CleanupFormat.choice(CleanupKind.NETWORKS, usage)).isEqualTo("Unused networks");
        assertThat(CleanupFormat.choice(CleanupKind.CONTAINERS, null)).isEqualTo("Stopped containers");
    }

    @Test
    void resultNamesWhatWentAndEachRefusalWithItsReason() {
        CleanupResult result = new CleanupResult(List.of(WEB, IMAGE),
                List.of(new CleanupResult.Failure(DB, "it is running now")), 12_300_000);
        assertThat(CleanupFormat.result(result)).isEqualTo("""
                Removed 1 stopped container, 1 image — freed 12.3 MB.
                1 item was left, as the engine refused:
                • db-old: it is running now""");
        assertThat(CleanupFormat.result(new CleanupResult(List.of(), List.of(), 0))).isEqualTo("Nothing was removed.");
    }
}
