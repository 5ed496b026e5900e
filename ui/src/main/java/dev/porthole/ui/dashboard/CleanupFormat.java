package dev.porthole.ui.dashboard;

import dev.porthole.model.CleanupItem;
import dev.porthole.model.CleanupKind;
import dev.porthole.model.CleanupPlan;
import dev.porthole.model.CleanupResult;
import dev.porthole.model.DiskUsage;
import dev.porthole.ui.containers.ContainerFormat;

import java.util.List;

/** Texts of the clean-up dialog, as plain functions. */
final class CleanupFormat {

    private CleanupFormat() {
    }

    /** A kind's checkbox: what it removes and, when disk usage is known, how much it could free. */
    static String choice(CleanupKind kind, DiskUsage usage) {
        String what = switch (kind) {
            case CONTAINERS -> "Stopped containers";
            case NETWORKS -> "Unused networks";
            case VOLUMES -> "Unused volumes (their data goes)";
            case IMAGES -> "Unused images";
            case BUILD_CACHE -> "Build cache";
        };
        DiskUsage.Usage part = usage == null ? null : switch (kind) {
            case CONTAINERS -> usage.containers();
            case VOLUMES -> usage.volumes();
            case IMAGES -> usage.images();
            case BUILD_CACHE -> usage.buildCache();
            case NETWORKS -> null;
        };
        return part == null ? what : what + " — " + ContainerFormat.bytes(part.reclaimable()) + " reclaimable";
    }

    /** A kind's heading in the preview: "Stopped containers (2) — 1.2 MB". */
    static String heading(CleanupKind kind, List<CleanupItem> items) {
        long bytes = items.stream().mapToLong(CleanupItem::size).sum();
        String name = kind.plural().substring(0, 1).toUpperCase() + kind.plural().substring(1);
        return name + " (" + items.size() + ")" + (bytes > 0 ? " — " + ContainerFormat.bytes(bytes) : "");
    }

    /** One item in the preview: "web-old — 12.0 kB · exited · nginx". */
    static String item(CleanupItem item) {
        return item.name() + (item.size() > 0 ? " — " + ContainerFormat.bytes(item.size()) : "")
                + (item.detail().isEmpty() ? "" : " · " + item.detail());
    }

    /** The line under the preview. */
    static String total(CleanupPlan plan) {
        if (plan == null) {
            return "Reading what would go…";
        }
        if (plan.isEmpty()) {
            return "Nothing to remove for the chosen kinds.";
        }
        int n = plan.items().size();
        return "Total: " + n + (n == 1 ? " object" : " objects") + ", frees " + ContainerFormat.bytes(plan.totalSize());
    }

    /** The confirm button: "Remove 3 stopped containers, 2 images — frees 12.3 MB". */
    static String confirm(CleanupPlan plan) {
        if (plan == null || plan.isEmpty()) {
            return "Remove";
        }
        return "Remove " + plan.describe() + " — frees " + ContainerFormat.bytes(plan.totalSize());
    }

    /** What the clean-up did, with each failure and its reason on a line of its own. */
    static String result(CleanupResult result) {
        StringBuilder text = new StringBuilder();
        if (result.removed().isEmpty()) {
            text.append("Nothing was removed.");
        } else {
            text.append("Removed ").append(CleanupPlan.describe(result.removedCounts())).append(" — freed ")
                    .append(ContainerFormat.bytes(result.spaceReclaimed())).append('.');
        }
        if (!result.failures().isEmpty()) {
            int n = result.failures().size();
            text.append('\n').append(n).append(n == 1 ? " item was" : " items were")
                    .append(" left, as the engine refused:");
            for (CleanupResult.Failure f : result.failures()) {
                text.append("\n• ").append(f.item().name()).append(": ").append(f.message());
            }
        }
        return text.toString();
    }
}
