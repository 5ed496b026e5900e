package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import dev.porthole.engine.EngineException;
import dev.porthole.model.ContainerDetails;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.RunSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static dev.porthole.engine.docker.DockerConnection.CHANGE_LIMIT;
import static dev.porthole.engine.docker.DockerConnection.READ_LIMIT;
import static dev.porthole.engine.docker.DockerMapping.BY_NAME;
import static dev.porthole.engine.docker.DockerMapping.details;
import static dev.porthole.engine.docker.DockerMapping.parse;
import static dev.porthole.engine.docker.DockerMapping.pathSegment;
import static dev.porthole.engine.docker.DockerMapping.shown;
import static dev.porthole.engine.docker.DockerMapping.stripSlash;
import static dev.porthole.engine.docker.DockerMapping.toSummary;

/** Containers: listed, looked up, inspected, run, and moved between states (start, stop, pause…), removed. */
final class DockerContainers {

    private DockerContainers() {
    }

    /** Containers, running only or all, sorted by name. */
    static List<ContainerSummary> list(DockerConnection connection, boolean all) {
        return connection.call("list containers", READ_LIMIT, () -> connection.dockerClient().listContainersCmd()
                .withShowAll(all).exec().stream().map(DockerMapping::toSummary).sorted(BY_NAME).toList());
    }

    /** One container by id, id prefix or exact name, or null when there is none. */
    static ContainerSummary find(DockerConnection connection, String idOrName) {
        String key = stripSlash(idOrName);
        return connection.call("look up container " + key, READ_LIMIT, () -> {
            // both filters match loosely (id prefix, name regex), so pick the exact hit
            List<Container> byId = connection.dockerClient().listContainersCmd().withShowAll(true)
                    .withIdFilter(List.of(key)).exec();
            for (Container c : byId) {
                if (c.getId() != null && c.getId().startsWith(key)) {
                    return toSummary(c);
                }
            }
            List<Container> byName = connection.dockerClient().listContainersCmd().withShowAll(true)
                    .withNameFilter(List.of(key)).exec();
            return byName.stream().map(DockerMapping::toSummary).filter(s -> s.name().equals(key))
                    .findFirst().orElse(null);
        });
    }

    /** Inspect data of one container, grouped for the detail pane, with the engine's full JSON. */
    static ContainerDetails inspect(DockerConnection connection, String idOrName) {
        JsonNode root = parse(connection.getJson("inspect container " + shown(idOrName),
                "/containers/" + pathSegment(idOrName) + "/json"));
        // the list row has the engine's status text ("Up 3 minutes") that inspect lacks
        return details(root, find(connection, root.path("Id").asText(idOrName)));
    }

    static void start(DockerConnection connection, String id) {
        transition(connection, "start", id, docker -> docker.startContainerCmd(id).exec());
    }

    static void stop(DockerConnection connection, String id) {
        transition(connection, "stop", id, docker -> docker.stopContainerCmd(id).exec());
    }

    static void restart(DockerConnection connection, String id) {
        transition(connection, "restart", id, docker -> docker.restartContainerCmd(id).exec());
    }

    static void pause(DockerConnection connection, String id) {
        transition(connection, "pause", id, docker -> docker.pauseContainerCmd(id).exec());
    }

    static void unpause(DockerConnection connection, String id) {
        transition(connection, "unpause", id, docker -> docker.unpauseContainerCmd(id).exec());
    }

    static void kill(DockerConnection connection, String id) {
        transition(connection, "kill", id, docker -> docker.killContainerCmd(id).exec());
    }

    /** Removes a container (not its volumes); {@code force} kills it first when running. */
    static void remove(DockerConnection connection, String id, boolean force) {
        transition(connection, "remove", id, docker -> docker.removeContainerCmd(id).withForce(force).exec());
    }

    /**
     * One bounded state change of a container, as "VERB container NAME" in messages. The engine's 304 (start of a
     * running one, stop of a stopped one) is no failure: the wanted state already holds, the list was a moment stale.
     */
    private static void transition(DockerConnection connection, String verb, String id,
                                   Consumer<DockerClient> command) {
        connection.change(verb + " container " + shown(id), () -> {
            try {
                command.accept(connection.dockerClient());
            } catch (NotModifiedException alreadyThere) {
                // the wanted state already holds
            }
        });
    }

    /** Creates and starts a container; if start fails the created container is removed again. */
    static String run(DockerConnection connection, RunSpec spec) {
        String what = spec.name() == null || spec.name().isBlank()
                ? "create a container from " + spec.image()
                : "create container " + spec.name() + " from " + spec.image();
        String id = connection.call(what, CHANGE_LIMIT, () -> createCommand(connection, spec).exec().getId());
        try {
            start(connection, id);
        } catch (EngineException startFailed) {
            try {
                remove(connection, id, true);
            } catch (EngineException cleanupFailed) {
                startFailed.addSuppressed(cleanupFailed);
            }
            throw startFailed;
        }
        return id;
    }

    private static CreateContainerCmd createCommand(DockerConnection connection, RunSpec spec) {
        List<ExposedPort> exposed = new ArrayList<>();
        Ports bindings = new Ports();
        for (RunSpec.PortPublish p : spec.ports()) {
            ExposedPort port = new ExposedPort(p.containerPort(), protocol(p.protocol()));
            exposed.add(port);
            bindings.bind(port, p.hostPort() > 0 ? Ports.Binding.bindPort(p.hostPort()) : Ports.Binding.empty());
        }
        HostConfig host = HostConfig.newHostConfig()
                .withPortBindings(bindings)
                .withBinds(spec.volumes().stream().map(Bind::parse).toList())
                .withRestartPolicy(restartPolicy(spec.restartPolicy()))
                .withAutoRemove(spec.autoRemove());
        CreateContainerCmd cmd = connection.dockerClient().createContainerCmd(spec.image())
                .withEnv(spec.env())
                .withLabels(spec.labels())
                .withExposedPorts(exposed)
                .withHostConfig(host);
        if (spec.name() != null && !spec.name().isBlank()) {
            cmd.withName(spec.name());
        }
        if (!spec.command().isEmpty()) {
            cmd.withCmd(spec.command());
        }
        return cmd;
    }

    private static InternetProtocol protocol(String protocol) {
        return protocol == null || protocol.isBlank() ? InternetProtocol.TCP : InternetProtocol.parse(protocol);
    }

    private static RestartPolicy restartPolicy(String policy) {
        if (policy == null || policy.isBlank() || policy.equals("no")) {
            return RestartPolicy.noRestart();
        }
        return switch (policy) {
            case "always" -> RestartPolicy.alwaysRestart();
            case "unless-stopped" -> RestartPolicy.unlessStoppedRestart();
            case "on-failure" -> RestartPolicy.onFailureRestart(0);
            default -> {
                if (policy.startsWith("on-failure:")) {
                    yield RestartPolicy.onFailureRestart(Integer.parseInt(policy.substring("on-failure:".length())));
                }
                throw new IllegalArgumentException("unknown restart policy \"" + policy
                        + "\" (use no, always, unless-stopped or on-failure[:N])");
            }
        };
    }
}
