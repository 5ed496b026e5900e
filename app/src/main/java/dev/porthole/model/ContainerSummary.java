package dev.porthole.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One row of the container list.
 *
 * @param id      full container id
 * @param name    name without the leading slash
 * @param image   the image reference the container was created from
 * @param imageId the image's id (sha256:…)
 * @param command the command line
 * @param state   lifecycle state
 * @param status  the engine's status text ("Up 3 minutes", "Exited (0) 2 hours ago")
 * @param ports   port mappings, sorted
 * @param created creation time
 * @param labels  labels
 */
public record ContainerSummary(
        String id,
        String name,
        String image,
        String imageId,
        String command,
        ContainerState state,
        String status,
        List<PortMapping> ports,
        Instant created,
        Map<String, String> labels) {

    public ContainerSummary {
        ports = List.copyOf(ports);
        labels = Map.copyOf(labels);
    }

    /** The 12-character id the CLI shows. */
    public String shortId() {
        return Ids.shortId(id);
    }
}
