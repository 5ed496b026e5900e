package dev.porthole.ui.networks;

import dev.porthole.engine.EngineConnection;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.NetworkSpec;
import dev.porthole.model.NetworkSummary;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.shell.TaskRunner;

import java.util.List;
import java.util.function.Consumer;

/**
 * The networks page's state and commands: the list (kept current by network events and container destroy) and
 * create, remove, connect, disconnect and inspect.
 */
final class NetworksModel implements AutoCloseable {

    private final EngineList<NetworkSummary> list;

    NetworksModel(EngineConnection connection, TaskRunner tasks) {
        this.list = new EngineList<>(connection, tasks, e -> e.listNetworks(), NetworksModel::relevant,
                NetworkFormat::matches, "Could not list networks");
    }

    /** The list and its state. */
    EngineList<NetworkSummary> list() {
        return list;
    }

    void start() {
        list.start();
    }

    /** Creates a network; {@code then} gets its id, failures go to {@code onFailure} (the dialog shows them). */
    void create(NetworkSpec spec, Consumer<String> then, Consumer<Throwable> onFailure) {
        list.call(e -> e.createNetwork(spec), id -> {
            then.accept(id);
            list.refresh();
        }, onFailure);
    }

    /** Removes a network the user confirmed; a refusal lands in the banner. */
    void remove(NetworkSummary n) {
        list.call(e -> {
            e.removeNetwork(n.id());
            return n;
        }, x -> list.refresh(), "Could not remove network " + n.name());
    }

    /** The names of the containers (any state) not attached to the network, for the connect dialog. */
    void connectable(NetworkSummary n, Consumer<List<String>> then) {
        list.call(e -> e.listContainers(true).stream().map(ContainerSummary::name)
                .filter(name -> !n.containers().contains(name)).sorted().toList(), then,
                "Could not list containers");
    }

    /** Attaches a container. */
    void connect(NetworkSummary n, String container) {
        list.call(e -> {
            e.connectNetwork(n.id(), container);
            return n;
        }, x -> list.refresh(), "Could not connect " + container + " to " + n.name());
    }

    /** Detaches a container. */
    void disconnect(NetworkSummary n, String container) {
        list.call(e -> {
            e.disconnectNetwork(n.id(), container);
            return n;
        }, x -> list.refresh(), "Could not disconnect " + container + " from " + n.name());
    }

    /** The network's inspect JSON. */
    void inspect(NetworkSummary n, Consumer<String> then) {
        list.call(e -> e.inspectNetworkJson(n.id()), then, "Could not inspect network " + n.name());
    }

    @Override
    public void close() {
        list.close();
    }

    private static boolean relevant(EngineEvent e) {
        return "network".equals(e.type()) || e.isContainer() && "destroy".equals(e.action());
    }
}
