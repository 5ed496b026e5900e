package dev.porthole.ui.dashboard;

import dev.porthole.model.EngineEvent;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The recent engine events, newest first, at most {@link #LIMIT}. Events arrive on the stream's thread and are
 * queued; one pending {@code runLater} drains them in a batch, so a burst costs one FX pulse, not one per event.
 */
final class EventFeed {

    static final int LIMIT = 500;

    private final ConcurrentLinkedQueue<EngineEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final ObservableList<EngineEvent> events = FXCollections.observableArrayList();
    private final FilteredList<EngineEvent> visible = new FilteredList<>(events);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    EventFeed() {
        filter.addListener((obs, o, text) -> visible.setPredicate(e -> DashboardFormat.matches(e, text)));
    }

    /** Called on any thread. */
    void offer(EngineEvent event) {
        queue.add(event);
        if (drainPending.compareAndSet(false, true)) {
            Platform.runLater(this::drain);
        }
    }

    /** Moves the queued events into the list (FX thread). */
    void drain() {
        drainPending.set(false);
        List<EngineEvent> batch = new ArrayList<>();
        for (EngineEvent e; (e = queue.poll()) != null; ) {
            batch.addFirst(e);
        }
        if (batch.isEmpty()) {
            return;
        }
        if (batch.size() > LIMIT) {
            batch = new ArrayList<>(batch.subList(0, LIMIT));
        }
        events.addAll(0, batch);
        if (events.size() > LIMIT) {
            events.remove(LIMIT, events.size());
        }
    }

    /** Every kept event, newest first. */
    ObservableList<EngineEvent> events() {
        return events;
    }

    /** The events the filter lets through. */
    FilteredList<EngineEvent> visible() {
        return visible;
    }

    StringProperty filterProperty() {
        return filter;
    }

    void clear() {
        events.clear();
    }
}
