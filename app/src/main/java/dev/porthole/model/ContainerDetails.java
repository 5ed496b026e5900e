package dev.porthole.model;

import java.util.List;
import java.util.Map;

/**
 * What inspect says of a container, grouped the way the detail pane shows it, plus the full JSON.
 *
 * @param summary     the list row facts (state, ports…)
 * @param overview    ordered key/value facts: id, image, command, entrypoint, created, started, finished,
 *                    exit code, restart policy, working dir, user, hostname, platform…
 * @param mounts      mounts
 * @param networks    networks the container is attached to
 * @param labels      labels
 * @param environment environment variables, in the container's order, as NAME → value
 * @param json        the engine's full inspect JSON, pretty-printed
 */
public record ContainerDetails(
        ContainerSummary summary,
        Map<String, String> overview,
        List<MountInfo> mounts,
        List<NetworkAttachment> networks,
        Map<String, String> labels,
        Map<String, String> environment,
        String json) {

    /** One mount: type (bind, volume, tmpfs), source, destination and whether it is writable. */
    public record MountInfo(String type, String source, String destination, boolean readWrite) {
    }

    /** One network attachment: network name, IP address, gateway, MAC address and aliases. */
    public record NetworkAttachment(String network, String ipAddress, String gateway, String macAddress,
                                    List<String> aliases) {
    }
}
