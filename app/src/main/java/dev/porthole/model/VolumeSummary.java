package dev.porthole.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One volume with its disk usage.
 *
 * @param name       the volume's name
 * @param driver     volume driver (local…)
 * @param mountpoint where the engine keeps its data on the engine's host
 * @param created    when it was created, or null when the engine does not say
 * @param labels     its labels
 * @param size       bytes used, or -1 when the engine does not know (non-local drivers, not yet measured)
 * @param containers names of the containers (any state) that mount it, sorted
 */
public record VolumeSummary(String name, String driver, String mountpoint, Instant created,
                            Map<String, String> labels, long size, List<String> containers) {
    public VolumeSummary {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    /** Whether a container (any state) mounts it, so the engine refuses to remove it. */
    public boolean inUse() {
        return !containers.isEmpty();
    }
}
