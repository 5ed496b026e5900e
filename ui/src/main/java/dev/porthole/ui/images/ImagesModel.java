package dev.porthole.ui.images;

import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.Subscription;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.RunSpec;
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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The images page's state and commands. Every engine call runs through the {@link TaskRunner}; state changes
 * happen on the FX thread. The list follows the engine's image and container events (debounced full refresh),
 * reloads on (re)connect, and is marked stale while disconnected.
 */
public final class ImagesModel implements AutoCloseable {

    /** Container events that change an image's container count. */
    private static final Set<String> COUNT_CHANGES = Set.of("create", "destroy");
    private static final String LIST_FAILED = "Could not list images";

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final ObservableList<ImageRow> rows = FXCollections.observableArrayList();
    /** One wrapper for everyone: it listens to {@code rows} weakly, so a wrapper made per call can be collected. */
    private final ObservableList<ImageRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<ImageRow> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale", true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem", null);
    private final PauseTransition debounce = new PauseTransition(Duration.millis(250));
    private Subscription statusSubscription;
    private Subscription eventSubscription;
    private long refreshGeneration;

    public ImagesModel(EngineConnection connection, TaskRunner tasks) {
        this.connection = connection;
        this.tasks = tasks;
        filter.addListener((obs, old, text) -> visible.setPredicate(r -> ImageRows.matches(r, text)));
        debounce.setOnFinished(e -> refresh());
    }

    // ---- state

    /** Every row, one per tag, in no particular order (the table sorts). */
    public ObservableList<ImageRow> rows() {
        return readOnlyRows;
    }

    /** The rows the filter lets through. */
    public FilteredList<ImageRow> visibleRows() {
        return visible;
    }

    /** Filter text: repository, tag or id prefix words. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** True while the list may be out of date: before the first load and while the engine is unreachable. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A failed command for the page's banner: what was tried, and the engine's answer. */
    public record Problem(String title, String detail) {
    }

    /** The last failure, or null. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Every tag in use, for clash checks. */
    public List<String> allTags() {
        return ImageRows.allTags(rows);
    }

    // ---- commands

    /** Subscribes to connection status and events; call once. */
    public void start() {
        statusSubscription = connection.onStatus(s -> tasks.onUi(() -> statusChanged(s)));
        eventSubscription = connection.onEvent(this::eventArrived);
    }

    /** Reloads the whole list. */
    public void refresh() {
        long generation = ++refreshGeneration;
        loading.set(true);
        tasks.run(() -> connection.requireEngine().listImages(), images -> {
            if (generation == refreshGeneration) {
                update(ImageRows.rows(images));
                loading.set(false);
                stale.set(false);
                if (problem.get() != null && LIST_FAILED.equals(problem.get().title())) {
                    problem.set(null);
                }
            }
        }, failure -> {
            if (generation == refreshGeneration) {
                loading.set(false);
                stale.set(true);
                report(LIST_FAILED, failure);
            }
        });
    }

    public void clearProblem() {
        problem.set(null);
    }

    /** The containers (any state) created from the row's image, for the remove confirmation. */
    public void containersUsing(ImageRow row, Consumer<List<ContainerSummary>> then) {
        call(engine -> engine.listContainers(true).stream()
                        .filter(c -> row.image().id().equals(c.imageId())).toList(),
                then, "Could not list the containers using " + row.reference());
    }

    /** Removes the row's reference (an untag when the image has other tags) or, when untagged, the image. */
    public void remove(ImageRow row, boolean force) {
        call(engine -> {
            engine.removeImage(row.target(), force);
            return row;
        }, r -> {
            rows.remove(r);
            debounce.playFromStart(); // the engine's events will say what else went (layers, other rows)
        }, "Could not remove " + row.reference());
    }

    /** Adds repository:tag to the row's image; failures go to {@code onFailure} (the dialog shows them). */
    public void tag(ImageRow row, String repository, String tag, Runnable then, Consumer<Throwable> onFailure) {
        tasks.run(() -> {
            connection.requireEngine().tagImage(row.image().id(), repository.trim(), tag.trim());
            return row;
        }, r -> {
            then.run();
            refresh();
        }, failure -> {
            connection.reportFailure(failure);
            onFailure.accept(failure);
        });
    }

    /** Creates and starts a container; {@code then} gets its id, failures go to {@code onFailure}. */
    public void run(RunSpec spec, Consumer<String> then, Consumer<Throwable> onFailure) {
        tasks.run(() -> connection.requireEngine().runContainer(spec), then, failure -> {
            connection.reportFailure(failure);
            onFailure.accept(failure);
        });
    }

    /** The image's inspect JSON. */
    public void inspect(ImageRow row, Consumer<String> then) {
        call(engine -> engine.inspectImageJson(row.image().id()), then, "Could not inspect " + row.reference());
    }

    /** The image's history, newest step first. */
    public void history(ImageRow row, Consumer<List<ImageHistoryEntry>> then) {
        call(engine -> engine.imageHistory(row.image().id()), then,
                "Could not read the history of " + row.reference());
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

    /** A sentence for a failure: the engine's own message when it gave one. */
    public static String describe(Throwable failure) {
        if (failure instanceof EngineException || failure.getMessage() != null && !failure.getMessage().isBlank()) {
            return failure.getMessage();
        }
        return failure.getClass().getSimpleName();
    }

    private <T> void call(Function<Engine, T> work, Consumer<? super T> then, String what) {
        tasks.run(() -> work.apply(connection.requireEngine()), then, failure -> report(what, failure));
    }

    /**
     * Brings the rows to {@code fresh} by removing the rows that went and adding the new ones (a changed image is
     * both), so rows that did not change keep their table cells, and an unchanged list fires nothing.
     */
    private void update(List<ImageRow> fresh) {
        Set<ImageRow> keep = new HashSet<>(fresh);
        rows.removeIf(r -> !keep.contains(r));
        Set<ImageRow> have = new HashSet<>(rows);
        List<ImageRow> added = fresh.stream().filter(r -> !have.contains(r)).toList();
        if (!added.isEmpty()) {
            rows.addAll(added);
        }
    }

    private void report(String what, Throwable failure) {
        connection.reportFailure(failure);
        problem.set(new Problem(what, describe(failure)));
    }

    private void statusChanged(ConnectionStatus status) {
        switch (status.state()) {
            case CONNECTED -> refresh();
            case DISCONNECTED -> stale.set(true);
            case CONNECTING -> { }
        }
    }

    private void eventArrived(EngineEvent event) {
        if (event.isImage() || event.isContainer() && COUNT_CHANGES.contains(event.action())) {
            tasks.onUi(debounce::playFromStart);
        }
    }
}
