package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import dev.porthole.model.NetworkSpec;
import dev.porthole.model.NetworkSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Networks: listed with the containers attached (from the container list), created, removed, (dis)connected. */
final class DockerNetworks {

    private DockerNetworks() {
    }

    /** Every network, sorted by name. */
    static List<NetworkSummary> list(DockerConnection connection) {
        JsonNode networks = json(connection, "list networks", "/networks");
        Map<String, TreeSet<String>> attached = attached(connection);
        List<NetworkSummary> out = new ArrayList<>();
        for (JsonNode n : networks) {
            List<String> subnets = new ArrayList<>();
            List<String> gateways = new ArrayList<>();
            for (JsonNode c : n.path("IPAM").path("Config")) {
                if (!c.path("Subnet").asText("").isEmpty()) {
                    subnets.add(c.path("Subnet").asText());
                }
                if (!c.path("Gateway").asText("").isEmpty()) {
                    gateways.add(c.path("Gateway").asText());
                }
            }
            Map<String, String> labels = new LinkedHashMap<>();
            n.path("Labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
            String id = n.path("Id").asText();
            out.add(new NetworkSummary(id, n.path("Name").asText(), n.path("Driver").asText(""),
                    n.path("Scope").asText(""), n.path("Internal").asBoolean(false), subnets, gateways,
                    new ArrayList<>(attached.getOrDefault(id, new TreeSet<>())), labels,
                    DockerVolumes.instant(n.path("Created").asText(""))));
        }
        out.sort(Comparator.comparing(NetworkSummary::name));
        return out;
    }

    /** Creates a network; returns its id. */
    static String create(DockerConnection connection, NetworkSpec spec) {
        return connection.call("create network " + spec.name(), DockerConnection.CHANGE_LIMIT, () -> {
            var cmd = connection.dockerClient().createNetworkCmd().withName(spec.name()).withDriver(spec.driver())
                    .withInternal(spec.internal()).withCheckDuplicate(true);
            if (!spec.labels().isEmpty()) {
                cmd.withLabels(spec.labels());
            }
            if (!spec.subnet().isEmpty() || !spec.gateway().isEmpty()) {
                Network.Ipam.Config config = new Network.Ipam.Config();
                if (!spec.subnet().isEmpty()) {
                    config.withSubnet(spec.subnet());
                }
                if (!spec.gateway().isEmpty()) {
                    config.withGateway(spec.gateway());
                }
                cmd.withIpam(new Network.Ipam().withConfig(config));
            }
            return cmd.exec().getId();
        });
    }

    /** Removes a network; refused, naming them, while containers are attached. */
    static void remove(DockerConnection connection, String idOrName) {
        String what = "remove network " + idOrName;
        NetworkSummary network = list(connection).stream()
                .filter(n -> n.id().equals(idOrName) || n.name().equals(idOrName) || n.id().startsWith(idOrName))
                .findFirst().orElseThrow(() -> new EngineException(Kind.NOT_FOUND,
                        "Cannot " + what + ": there is no such network."));
        if (!network.containers().isEmpty()) {
            throw new EngineException(Kind.CONFLICT, "Cannot " + what + ": container"
                    + (network.containers().size() == 1 ? " " : "s ") + String.join(", ", network.containers())
                    + (network.containers().size() == 1 ? " is" : " are") + " attached. Disconnect "
                    + (network.containers().size() == 1 ? "it" : "them") + " first.");
        }
        connection.change(what, () -> connection.dockerClient().removeNetworkCmd(network.id()).exec());
    }

    /** Attaches a container to a network. */
    static void connect(DockerConnection connection, String network, String container) {
        connection.change("connect " + container + " to network " + network, () -> {
            connection.dockerClient().connectToNetworkCmd().withNetworkId(network).withContainerId(container).exec();
        });
    }

    /** Detaches a container from a network. */
    static void disconnect(DockerConnection connection, String network, String container) {
        connection.change("disconnect " + container + " from network " + network, () -> {
            connection.dockerClient().disconnectFromNetworkCmd().withNetworkId(network).withContainerId(container)
                    .exec();
        });
    }

    /** The engine's inspect JSON of a network, pretty-printed. */
    static String inspectJson(DockerConnection connection, String idOrName) {
        return DockerMapping.pretty(json(connection, "inspect network " + idOrName, "/networks/" + idOrName));
    }

    /** Network id → names of the containers attached. */
    private static Map<String, TreeSet<String>> attached(DockerConnection connection) {
        List<Container> containers = connection.call("list containers", DockerConnection.READ_LIMIT,
                () -> connection.dockerClient().listContainersCmd().withShowAll(true).exec());
        Map<String, TreeSet<String>> attached = new HashMap<>();
        for (Container c : containers) {
            if (c.getNetworkSettings() == null || c.getNetworkSettings().getNetworks() == null) {
                continue;
            }
            String name = DockerMapping.toSummary(c).name();
            for (ContainerNetwork n : c.getNetworkSettings().getNetworks().values()) {
                if (n.getNetworkID() != null && !n.getNetworkID().isEmpty()) {
                    attached.computeIfAbsent(n.getNetworkID(), k -> new TreeSet<>()).add(name);
                }
            }
        }
        return attached;
    }

    private static JsonNode json(DockerConnection connection, String what, String path) {
        try (DockerHttpClient.Response response = connection.openGet(what, path)) {
            return DockerMapping.parse(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
