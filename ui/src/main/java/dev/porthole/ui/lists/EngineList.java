package dev.porthole.ui.lists;

import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.Subscription;
import dev.porthole.model.EngineEvent;
import dev.porthole.ui.shell.TaskRunner;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.util.Duration;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A list of engine objects (images, volumes, networks) kept current: a full reload
 * on (re)connect, a debounced reload on relevant engine events, stale while disconnected. Engine calls go through
 * the {@link TaskRunner}; state changes happen on the FX thread.
 *
 * @param <T> the row type, an immutable record
 */
public final class EngineList<T> implements AutoCloseable {

    /** A failed command for the page's banner: what was tried, and the engine's answer. */
    public record Problem(String title, String detail) {
    }

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final Function<Engine, List<T>> loader;
    private final Predicate<EngineEvent> relevant;
    private final String listFailed;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<T> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<T> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem", null);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private Subscription statusSubscription;
    private Subscription eventSubscription;
    private long generation;

    /**
     * @param loader     reads the whole list (off the FX thread)
     * @param relevant   which engine events may change the list
     * @param matches    whether a row matches the filter text
     * @param listFailed the banner title when the list cannot be read ("Could not list volumes")
     */
    public EngineList(EngineConnection connection, TaskRunner tasks, Function<Engine, List<T>> loader,
                      Predicate<EngineEvent> relevant, BiPredicate<T, String> matches, String listFailed) {
        this.connection = connection;
        this.tasks = tasks;
        this.loader = loader;
        this.relevant = relevant;
        this.listFailed = listFailed;
        filter.addListener((obs, old, text) -> visible.setPredicate(r -> matches.test(r, text)));
        debounce.setOnFinished(e -> refresh());
    }

    /** Every row, in no particular order (the table sorts). */
    public ObservableList<T> rows() {
        return readOnlyRows;
    }

    /** The rows the filter lets through. */
    public FilteredList<T> visibleRows() {
        return visible;
    }

    /** The filter text. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** True while the list may be out of date: before the first load and while the engine is unreachable. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** True while a reload runs. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last failure, or null. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Clears the banner. */
    public void clearProblem() {
        problem.set(null);
    }

    /** Subscribes to connection status and events; call once. */
    public void start() {
        statusSubscription = connection.onStatus(s -> tasks.onUi(() -> statusChanged(s)));
        eventSubscription = connection.onEvent(e -> {
            if (relevant.test(e)) {
                tasks.onUi(debounce::playFromStart);
            }
        });
    }

    /** Reloads the whole list. */
    public void refresh() {
        long mine = ++generation;
        loading.set(true);
        tasks.run(() -> loader.apply(connection.requireEngine()), fresh -> {
            if (mine == generation) {
                update(fresh);
                loading.set(false);
                stale.set(false);
                if (problem.get() != null && listFailed.equals(problem.get().title())) {
                    problem.set(null);
                }
            }
        }, failure -> {
            if (mine == generation) {
                loading.set(false);
                stale.set(true);
                report(listFailed, failure);
            }
        });
    }

    /** Reloads soon (after a change the engine's events will also announce). */
    public void refreshSoon() {
        debounce.playFromStart();
    }

    /** Reloads when the list may be out of date: a page shown again after a gap catches up. */
    public void refreshIfStale() {
        if (stale.get()) {
            refresh();
        }
    }

    /** Drops a row the engine just removed at once, and reloads soon for what went with it. */
    public void removed(T row) {
        rows.remove(row);
        refreshSoon();
    }

    /** Runs {@code work} on the engine off the FX thread; its result goes to {@code then}, a failure to the banner. */
    public <R> void call(Function<Engine, R> work, Consumer<? super R> then, String what) {
        tasks.run(() -> work.apply(connection.requireEngine()), then, failure -> report(what, failure));
    }

    /** Like {@link #call}, but a failure goes to {@code onFailure} (a dialog shows it) instead of the banner. */
    public <R> void call(Function<Engine, R> work, Consumer<? super R> then, Consumer<Throwable> onFailure) {
        tasks.run(() -> work.apply(connection.requireEngine()), then, failure -> {
            connection.reportFailure(failure);
            onFailure.accept(failure);
        });
    }

    /** Shows a failure in the banner. */
    public void report(String what, Throwable failure) {
        connection.reportFailure(failure);
        problem.set(new Problem(what, describe(failure)));
    }

    /** A sentence for a failure: the engine's own message when it gave one. */
    public static String describe(Throwable failure) {
        if (failure instanceof EngineException || failure.getMessage() != null && !failure.getMessage().isBlank()) {
            return failure.getMessage();
        }
        return failure.getClass().getSimpleName();
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

    /** Removes the rows that went and adds the new ones, so unchanged rows keep their cells and selection. */
    private void update(List<T> fresh) {
        Set<T> keep = new HashSet<>(fresh);
        rows.removeIf(r -> !keep.contains(r));
        Set<T> have = new HashSet<>(rows);
        List<T> added = fresh.stream().filter(r -> !have.contains(r)).toList();
        if (!added.isEmpty()) {
            rows.addAll(added);
        }
    }

    private void statusChanged(ConnectionStatus status) {
        switch (status.state()) {
            case CONNECTED -> refresh();
            case DISCONNECTED -> stale.set(true);
            case CONNECTING -> { }
        }
    }
}
