package dev.porthole.model;

import java.util.List;
import java.util.Map;

/**
 * What "run" needs to create and start a container.
 *
 * @param image         image reference or id
 * @param name          container name, or null for an engine-chosen one
 * @param command       command arguments, empty for the image's default
 * @param env           environment entries NAME=value
 * @param ports         published ports
 * @param volumes       binds "host-or-volume:container[:ro]"
 * @param restartPolicy "no", "always", "unless-stopped", "on-failure"
 * @param autoRemove    remove the container when it exits
 * @param labels        labels to put on the container
 */
public record RunSpec(String image, String name, List<String> command, List<String> env,
                      List<PortPublish> ports, List<String> volumes, String restartPolicy,
                      boolean autoRemove, Map<String, String> labels) {
    public RunSpec {
        command = List.copyOf(command);
        env = List.copyOf(env);
        ports = List.copyOf(ports);
        volumes = List.copyOf(volumes);
        labels = Map.copyOf(labels);
    }

    /** A port to publish: host port (0 for a free one) → container port/protocol. */
    public record PortPublish(int hostPort, int containerPort, String protocol) {
    }
}
