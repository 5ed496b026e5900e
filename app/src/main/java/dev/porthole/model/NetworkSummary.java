package dev.porthole.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One network.
 *
 * @param id         full id
 * @param name       its name
 * @param driver     bridge, host, overlay, null…
 * @param scope      local, swarm…
 * @param internal   whether it has no route outside
 * @param subnets    IPAM subnets (CIDR)
 * @param gateways   IPAM gateways
 * @param containers names of the containers attached, sorted
 * @param labels     its labels
 * @param created    when it was created, or null
 */
public record NetworkSummary(String id, String name, String driver, String scope, boolean internal,
                             List<String> subnets, List<String> gateways, List<String> containers,
                             Map<String, String> labels, Instant created) {
    public NetworkSummary {
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
        gateways = gateways == null ? List.of() : List.copyOf(gateways);
        containers = containers == null ? List.of() : List.copyOf(containers);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The networks every engine has and refuses to remove. */
    public boolean predefined() {
        return List.of("bridge", "host", "none", "podman").contains(name);
    }
}
