package dev.porthole.ui.stats;

import dev.porthole.engine.Subscription;
import dev.porthole.model.ContainerState;
import dev.porthole.ui.containers.ContainerRow;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Holds the stats of every running container in the table (up to {@link #MAX_STREAMS}), following the rows as
 * containers start, stop, come and go. The streams themselves open only while the hub is active.
 */
public final class RunningStatsFeed implements AutoCloseable {

    /** Each stream holds a connection; past this many running containers the rest show no live figures. */
    public static final int MAX_STREAMS = 40;

    private final StatsHub hub;
    private final ObservableList<ContainerRow> rows;
    private final Map<String, Subscription> held = new HashMap<>();
    private final ListChangeListener<ContainerRow> listener = c -> sync();

    public RunningStatsFeed(StatsHub hub, ObservableList<ContainerRow> rows) {
        this.hub = hub;
        this.rows = rows;
        rows.addListener(listener);
        sync();
    }

    /** The ids held now; for tests. */
    public Set<String> heldIds() {
        return Set.copyOf(held.keySet());
    }

    private void sync() {
        Set<String> running = new HashSet<>();
        for (ContainerRow row : rows) {
            if (row.summary().state() == ContainerState.RUNNING && running.size() < MAX_STREAMS) {
                running.add(row.id());
            }
        }
        held.entrySet().removeIf(e -> {
            if (!running.contains(e.getKey())) {
                e.getValue().close();
                return true;
            }
            return false;
        });
        for (String id : running) {
            if (!held.containsKey(id)) {
                held.put(id, hub.hold(id));
            }
        }
    }

    /** Lets go of every container. */
    @Override
    public void close() {
        rows.removeListener(listener);
        held.values().forEach(Subscription::close);
        held.clear();
    }
}
