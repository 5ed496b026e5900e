package dev.porthole.ui.containers;

import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.prefs.Preferences;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.Subscription;
import dev.porthole.model.ContainerSummary;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The containers page's state and commands. Rows follow the engine's event stream (one container refreshed per
 * event burst) and are listed again in full on every (re)connect. All properties change on the UI thread.
 */
public final class ContainersModel implements AutoCloseable {

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final Supplier<Preferences> preferences;
    private final ContainerRows rows;
    private final FilteredList<ContainerRow> visibleRows;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty showAll = new SimpleBooleanProperty(this, "showAll", true);
    private final ObservableList<ContainerRow> selection =
            FXCollections.observableArrayList(r -> new Observable[]{r.summaryProperty()});
    private final Map<ContainerAction, BooleanBinding> allowed = new EnumMap<>(ContainerAction.class);
    private final ContainerDetailsModel details;
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private ConnectionStatus.State lastState;
    private Subscription statusSubscription;
    private Subscription eventSubscription;

    public ContainersModel(EngineConnection connection, TaskRunner tasks) {
        this(connection, tasks, () -> Preferences.DEFAULT);
    }

    /** @param preferences the preferences now (log buffer size and default shell for the live tabs) */
    public ContainersModel(EngineConnection connection, TaskRunner tasks, Supplier<Preferences> preferences) {
        this.preferences = preferences;
        this.connection = connection;
        this.tasks = tasks;
        this.rows = new ContainerRows(connection, tasks);
        this.visibleRows = new FilteredList<>(rows.rows());
        this.details = new ContainerDetailsModel(connection, tasks);
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            ContainerFilter filter = new ContainerFilter(filterText.get(), showAll.get());
            return (Predicate<ContainerRow>) row -> filter.matches(row.summary());
        }, filterText, showAll));
        for (ContainerAction action : ContainerAction.values()) {
            // nothing to act on while disconnected: the rows may be out of date and every call would fail
            allowed.put(action, Bindings.createBooleanBinding(() -> !stale.get()
                    && action.allows(selection.stream().map(ContainerRow::summary).toList()), selection, stale));
        }
        // the extractor makes an event on a selected container reload its details too
        selection.addListener((Observable o) ->
                details.load(selection.size() == 1 ? selection.getFirst().id() : null));
    }

    /** Starts following the connection: a full list on every connect, single rows on events. */
    public void start() {
        if (statusSubscription == null) {
            statusSubscription = connection.onStatus(status -> tasks.onUi(() -> statusChanged(status)));
            eventSubscription = connection.onEvent(rows::eventArrived);
        }
    }

    // ---- read-only state

    /** The rows the filter and the running/all toggle let through, in engine order (the view sorts). */
    public ObservableList<ContainerRow> visibleRows() {
        return visibleRows;
    }

    /** Every container known, shown or not. */
    public ObservableList<ContainerRow> allRows() {
        return FXCollections.unmodifiableObservableList(rows.rows());
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** True shows every container, false only running ones. */
    public BooleanProperty showAllProperty() {
        return showAll;
    }

    /** The selected rows; the view keeps this in step with the table. */
    public ObservableList<ContainerRow> selection() {
        return selection;
    }

    /** Whether every selected container's state allows the action (false for an empty selection or when stale). */
    public BooleanBinding allowed(ContainerAction action) {
        return allowed.get(action);
    }

    /** The engine connection, for the page's live tabs. */
    public EngineConnection connection() {
        return connection;
    }

    /** The preferences now, for the page's log views and terminals. */
    public Preferences preferences() {
        return preferences.get();
    }

    /** The background-work seam, for the page's live tabs. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** Inspect data of the single selected container. */
    public ContainerDetailsModel details() {
        return details;
    }

    /** True while disconnected: the rows are kept but may be out of date. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** True once the first full list arrived. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return rows.loadedProperty();
    }

    /** When the rows were last known fresh. */
    public ReadOnlyObjectProperty<Instant> dataTimeProperty() {
        return rows.dataTimeProperty();
    }

    /** The last failure to show the user (one readable sentence), or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- commands

    /** Lists all containers again. */
    public void refreshAll() {
        rows.refreshAll(failure -> showFailure("Could not list containers", failure));
    }

    /** Runs a state action (not REMOVE) on every selected container. */
    public void run(ContainerAction action) {
        if (action == ContainerAction.REMOVE) {
            throw new IllegalArgumentException("remove(force) removes containers");
        }
        perform(action.verb(), selectedSummaries(), (engine, c) -> action.apply(engine, c.id()));
    }

    /** Removes every selected container; {@code force} kills running ones first. */
    public void remove(boolean force) {
        perform("remove", selectedSummaries(), (engine, c) -> engine.removeContainer(c.id(), force));
    }

    /** The selected containers' summaries, in selection order. */
    public List<ContainerSummary> selectedSummaries() {
        return selection.stream().map(ContainerRow::summary).toList();
    }

    /** Shows a failure from outside the model (a link that would not open). */
    public void showMessage(String text) {
        message.set(text);
    }

    public void dismissMessage() {
        message.set(null);
    }

    /** Ends the event and status subscriptions. */
    @Override
    public void close() {
        if (eventSubscription != null) {
            eventSubscription.close();
        }
        if (statusSubscription != null) {
            statusSubscription.close();
        }
    }

    // ---- internals

    private void statusChanged(ConnectionStatus status) {
        ConnectionStatus.State previous = lastState;
        lastState = status.state();
        if (status.connected()) {
            stale.set(false);
            if (previous != ConnectionStatus.State.CONNECTED) {
                refreshAll();
            }
        } else if (status.state() == ConnectionStatus.State.DISCONNECTED) {
            stale.set(true);
        }
    }

    private void perform(String verb, List<ContainerSummary> targets, BiConsumer<Engine, ContainerSummary> call) {
        if (targets.isEmpty()) {
            return;
        }
        message.set(null);
        tasks.run(() -> {
            Engine engine = connection.requireEngine();
            List<String> failures = new ArrayList<>();
            for (ContainerSummary c : targets) {
                try {
                    call.accept(engine, c);
                } catch (RuntimeException e) {
                    connection.reportFailure(e);
                    failures.add(targets.size() == 1 ? describe(e) : c.name() + ": " + describe(e));
                }
            }
            return failures;
        }, failures -> {
            if (!failures.isEmpty()) {
                String what = targets.size() == 1 ? targets.getFirst().name() : targets.size() + " containers";
                message.set("Could not " + verb + " " + what + ": " + String.join("; ", failures));
            }
            // events refresh these rows too; this covers an engine that sends none
            rows.refresh(targets.stream().map(ContainerSummary::id).toList());
        }, failure -> showFailure("Could not " + verb, failure));
    }

    private void showFailure(String what, Throwable failure) {
        connection.reportFailure(failure);
        message.set(what + ": " + describe(failure));
    }

    /** One readable sentence for a failure: the engine's message, never a stack trace. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EngineException) {
                return t.getMessage();
            }
        }
        String text = failure.getMessage();
        return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text;
    }
}
