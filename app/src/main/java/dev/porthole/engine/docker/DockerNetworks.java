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
    static List<NetworkSummary> list(DockerEngine engine) {
        JsonNode networks = json(engine, "list networks", "/networks");
        Map<String, TreeSet<String>> attached = attached(engine);
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
    static String create(DockerEngine engine, NetworkSpec spec) {
        return engine.call("create network " + spec.name(), DockerEngine.CHANGE_LIMIT, () -> {
            var cmd = engine.dockerClient().createNetworkCmd().withName(spec.name()).withDriver(spec.driver())
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
    static void remove(DockerEngine engine, String idOrName) {
        String what = "remove network " + idOrName;
        NetworkSummary network = list(engine).stream()
                .filter(n -> n.id().equals(idOrName) || n.name().equals(idOrName) || n.id().startsWith(idOrName))
                .findFirst().orElseThrow(() -> new EngineException(Kind.NOT_FOUND,
                        "Cannot " + what + ": there is no such network."));
        if (!network.containers().isEmpty()) {
            throw new EngineException(Kind.CONFLICT, "Cannot " + what + ": container"
                    + (network.containers().size() == 1 ? " " : "s ") + String.join(", ", network.containers())
                    + (network.containers().size() == 1 ? " is" : " are") + " attached. Disconnect "
                    + (network.containers().size() == 1 ? "it" : "them") + " first.");
        }
        engine.call(what, DockerEngine.CHANGE_LIMIT, () -> {
            engine.dockerClient().removeNetworkCmd(network.id()).exec();
            return null;
        });
    }

    /** Attaches a container to a network. */
    static void connect(DockerEngine engine, String network, String container) {
        engine.call("connect " + container + " to network " + network, DockerEngine.CHANGE_LIMIT, () -> {
            engine.dockerClient().connectToNetworkCmd().withNetworkId(network).withContainerId(container).exec();
            return null;
        });
    }

    /** Detaches a container from a network. */
    static void disconnect(DockerEngine engine, String network, String container) {
        engine.call("disconnect " + container + " from network " + network, DockerEngine.CHANGE_LIMIT, () -> {
            engine.dockerClient().disconnectFromNetworkCmd().withNetworkId(network).withContainerId(container)
                    .exec();
            return null;
        });
    }

    /** The engine's inspect JSON of a network, pretty-printed. */
    static String inspectJson(DockerEngine engine, String idOrName) {
        return DockerMapping.pretty(json(engine, "inspect network " + idOrName, "/networks/" + idOrName));
    }

    /** Network id → names of the containers attached. */
    private static Map<String, TreeSet<String>> attached(DockerEngine engine) {
        List<Container> containers = engine.call("list containers", DockerEngine.READ_LIMIT,
                () -> engine.dockerClient().listContainersCmd().withShowAll(true).exec());
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

    private static JsonNode json(DockerEngine engine, String what, String path) {
        try (DockerHttpClient.Response response = engine.openGet(what, path)) {
            return DockerMapping.parse(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
