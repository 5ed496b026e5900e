package dev.porthole.ui.dashboard;

import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.Subscription;
import dev.porthole.model.DiskUsage;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineFacts;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.shell.TaskRunner;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

import java.util.Map;
import java.util.Set;

/**
 * The dashboard's state: the engine's facts and counts, its disk usage, and the live event feed. Facts and disk
 * usage reload on (re)connect and, debounced, after events that change counts or sizes; never on a timer.
 */
final class DashboardModel implements AutoCloseable {

    /** Actions that change a count or a size; the rest (exec, attach, top…) only go to the feed. */
    private static final Set<String> CHANGES = Set.of("create", "destroy", "start", "die", "pause", "unpause",
            "pull", "delete", "untag", "tag", "import", "load", "prune", "remove");

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final EventFeed feed = new EventFeed();
    private final ReadOnlyObjectWrapper<EngineFacts> facts = new ReadOnlyObjectWrapper<>(this, "facts");
    private final ReadOnlyObjectWrapper<DiskUsage> usage = new ReadOnlyObjectWrapper<>(this, "usage");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    /** Disk usage walks every volume: wait for a burst of events to settle. */
    private final PauseTransition debounce = new PauseTransition(Duration.seconds(2));
    private Subscription statusSubscription;
    private Subscription eventSubscription;
    /** Which objects a clean-up from here may touch: any (empty), or those with all these labels. */
    private final Map<String, String> cleanupLabels;

    DashboardModel(EngineConnection connection, TaskRunner tasks, Map<String, String> cleanupLabels) {
        this.connection = connection;
        this.tasks = tasks;
        this.cleanupLabels = Map.copyOf(cleanupLabels);
        debounce.setOnFinished(e -> refresh());
    }

    /** Subscribes to status and events; call once. */
    void start() {
        statusSubscription = connection.onStatus(s -> tasks.onUi(() -> statusChanged(s)));
        eventSubscription = connection.onEvent(this::eventArrived);
    }

    /** Reloads facts and disk usage. */
    void refresh() {
        tasks.run(() -> connection.requireEngine().engineFacts(), f -> {
            facts.set(f);
            stale.set(false);
            problem.set(null);
        }, this::failed);
        tasks.run(() -> connection.requireEngine().diskUsage(), usage::set, this::failed);
    }

    /** The engine's facts and counts, or null before the first load. */
    ReadOnlyObjectProperty<EngineFacts> factsProperty() {
        return facts.getReadOnlyProperty();
    }

    /** The disk usage, or null before the first load. */
    ReadOnlyObjectProperty<DiskUsage> usageProperty() {
        return usage.getReadOnlyProperty();
    }

    /** True before the first load and while the engine is unreachable. */
    ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Why the last load failed, or null. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A fresh clean-up model for the clean-up dialog. */
    CleanupModel cleanup() {
        return new CleanupModel(connection, tasks, cleanupLabels);
    }

    /** The live event feed. */
    EventFeed feed() {
        return feed;
    }

    @Override
    public void close() {
        debounce.stop();
        if (eventSubscription != null) {
            eventSubscription.close();
        }
        if (statusSubscription != null) {
            statusSubscription.close();
        }
    }

    private void failed(Throwable failure) {
        connection.reportFailure(failure);
        problem.set(EngineList.describe(failure));
    }

    private void statusChanged(ConnectionStatus status) {
        switch (status.state()) {
            case CONNECTED -> refresh();
            case DISCONNECTED -> stale.set(true);
            case CONNECTING -> { }
        }
    }

    private void eventArrived(EngineEvent event) {
        feed.offer(event);
        if (event.action() != null && CHANGES.contains(event.action())) {
            tasks.onUi(debounce::playFromStart);
        }
    }
}
