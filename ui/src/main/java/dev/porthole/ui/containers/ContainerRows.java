package dev.porthole.ui.containers;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.EngineEvent;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The engine's containers as rows that follow it: listed in full on demand (every connect), and one container
 * at a time after its events, bursts coalesced. Rows change on the UI thread only.
 */
final class ContainerRows {

    /** How long a burst of events for the same containers is collected before they are refreshed. */
    static final Duration EVENT_WINDOW = Duration.ofMillis(60);
    /** How often a row is listed again while it does not yet show what its last event did (see EventOutcome). */
    private static final int SETTLE_RETRIES = 10;

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final ObservableList<ContainerRow> rows =
            FXCollections.observableArrayList(r -> new Observable[]{r.summaryProperty()});
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<Instant> dataTime = new ReadOnlyObjectWrapper<>(this, "dataTime");
    private final RefreshQueue queue;
    /** Each fetch takes a number before it asks; an older answer never overwrites a newer one. */
    private final AtomicLong fetchSeq = new AtomicLong();
    private final Map<String, ContainerRow> byId = new HashMap<>();
    private final Map<String, Long> appliedSeq = new HashMap<>();
    private final Map<String, String> lastAction = new ConcurrentHashMap<>();
    private final Map<String, Integer> settleTries = new ConcurrentHashMap<>();

    ContainerRows(EngineConnection connection, TaskRunner tasks) {
        this.connection = connection;
        this.tasks = tasks;
        this.queue = new RefreshQueue(tasks, EVENT_WINDOW, this::fetch);
    }

    /** Every known container; updates change a row's summary in place (the list's extractor reports them). */
    ObservableList<ContainerRow> rows() {
        return rows;
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Instant> dataTimeProperty() {
        return dataTime.getReadOnlyProperty();
    }

    /** Lists every container again; {@code onFailure} hears why not. */
    void refreshAll(Consumer<Throwable> onFailure) {
        long seq = fetchSeq.incrementAndGet();
        tasks.run(() -> connection.requireEngine().listContainers(true), list -> applyAll(seq, list), onFailure);
    }

    /** Refreshes these containers soon (coalesced with events). */
    void refresh(Collection<String> ids) {
        ids.forEach(queue::add);
    }

    /** An event from the stream, on the stream's thread. */
    void eventArrived(EngineEvent event) {
        if (event.isContainer() && event.actorId() != null && !event.actorId().isBlank()) {
            if (event.action() != null) {
                lastAction.put(event.actorId(), event.action());
            }
            settleTries.remove(event.actorId());
            queue.add(event.actorId());
        }
    }

    private void fetch(Set<String> ids) {
        long seq = fetchSeq.incrementAndGet();
        tasks.run(() -> {
            Engine engine = connection.requireEngine();
            Map<String, ContainerSummary> found = new HashMap<>();
            for (String id : ids) {
                found.put(id, engine.findContainer(id));
            }
            return found;
        }, found -> found.forEach((id, summary) -> {
            applyOne(seq, id, summary);
            settle(id, summary);
        }), connection::reportFailure);
    }

    /** Lists a row again shortly when it does not show its last event yet; forgets it once it is gone. */
    private void settle(String id, ContainerSummary summary) {
        if (summary == null) {
            lastAction.remove(id);
            settleTries.remove(id);
        } else if (!EventOutcome.reflects(lastAction.get(id), summary)
                && settleTries.merge(id, 1, Integer::sum) <= SETTLE_RETRIES) {
            queue.add(id);
        }
    }

    private void applyAll(long seq, List<ContainerSummary> list) {
        Map<String, ContainerSummary> listed = list.stream()
                .collect(Collectors.toMap(ContainerSummary::id, c -> c, (a, b) -> a));
        List<ContainerRow> gone = rows.stream()
                .filter(row -> !listed.containsKey(row.id()) && appliedSeq.getOrDefault(row.id(), 0L) <= seq)
                .toList();
        gone.forEach(row -> byId.remove(row.id()));
        rows.removeAll(gone);
        listed.forEach((id, summary) -> applyOne(seq, id, summary));
        loaded.set(true);
    }

    /** Adds, updates or (summary null) removes one row, unless a newer answer for it was applied already. */
    private void applyOne(long seq, String id, ContainerSummary summary) {
        if (appliedSeq.getOrDefault(id, 0L) > seq) {
            return;
        }
        appliedSeq.put(id, seq);
        ContainerRow row = byId.get(id);
        if (summary == null) {
            if (row != null) {
                byId.remove(id);
                rows.remove(row);
            }
        } else if (row == null) {
            row = new ContainerRow(summary);
            byId.put(id, row);
            rows.add(row);
        } else {
            row.update(summary);
        }
        dataTime.set(Instant.now());
    }
}
