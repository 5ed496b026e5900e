package dev.porthole.ui.images;

import dev.porthole.ui.lists.EngineList;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.RegistryLogins;
import dev.porthole.engine.Subscription;
import dev.porthole.model.ImageName;
import dev.porthole.model.LayerProgress;
import dev.porthole.model.RegistryCredential;
import dev.porthole.model.TransferEvent;
import dev.porthole.model.TransferProgress;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One pull or push at a time: sends the stored sign-in of the image's registry, and turns the engine's progress
 * events into per-layer rows and an overall fraction. Events arrive on the transfer's stream thread; they are
 * queued and drained in batches with one pending hop to the FX thread.
 */
final class TransferModel implements AutoCloseable {

    /** How the last transfer ended. */
    enum Outcome { NONE, RUNNING, FINISHED, FAILED, CANCELLED }

    private record Queued(int generation, TransferEvent event) {
    }

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final RegistryLogins logins;
    private final Queue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final ObservableList<LayerProgress> layers = FXCollections.observableArrayList();
    private final DoubleProperty overall = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private TransferProgress progress = TransferProgress.start(false);
    private Subscription transfer;
    private int generation;

    TransferModel(EngineConnection connection, TaskRunner tasks, RegistryLogins logins) {
        this.connection = connection;
        this.tasks = tasks;
        this.logins = logins;
    }

    /** The layers in the order the engine first named them. */
    ObservableList<LayerProgress> layers() {
        return layers;
    }

    /** 0..1 over all layers; -1 while no layer is known yet. */
    DoubleProperty overallProperty() {
        return overall;
    }

    /** The latest line about the whole transfer. */
    StringProperty statusProperty() {
        return status;
    }

    /** "2 of 3 layers done · 67 %", or "" before any layer is known. */
    StringProperty summaryProperty() {
        return summary;
    }

    /** Why the last transfer failed, or null. */
    StringProperty problemProperty() {
        return problem;
    }

    BooleanProperty runningProperty() {
        return running;
    }

    ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    /** Pulls {@code reference} (latest when it names no tag) with the stored sign-in of its registry. */
    void pull(String reference) {
        ImageName name;
        try {
            name = ImageName.parse(reference);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            outcome.set(Outcome.FAILED);
            return;
        }
        int gen = begin(false, "Pulling " + name.withDefaultTag() + "…");
        tasks.run(() -> connection.requireEngine().pullImage(name.withDefaultTag(), credential(name),
                e -> enqueue(gen, e)), sub -> keep(gen, sub), failure -> failed(gen, failure));
    }

    /**
     * Pushes the image {@code imageId} as {@code target}: tags it first when it does not carry that name yet, then
     * pushes with the stored sign-in of the target's registry.
     */
    void push(String imageId, String currentReference, String target) {
        ImageName name;
        try {
            name = ImageName.parse(target);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            outcome.set(Outcome.FAILED);
            return;
        }
        String full = name.withDefaultTag();
        int gen = begin(true, "Pushing " + full + "…");
        tasks.run(() -> {
            var engine = connection.requireEngine();
            if (!full.equals(currentReference)) {
                engine.tagImage(imageId, name.repository(), name.tag().isEmpty() ? "latest" : name.tag());
            }
            return engine.pushImage(full, credential(name), e -> enqueue(gen, e));
        }, sub -> keep(gen, sub), failure -> failed(gen, failure));
    }

    /** Stops the running transfer; the engine drops what it had not finished. */
    void cancel() {
        Subscription t = transfer;
        transfer = null;
        if (t != null) {
            tasks.run(() -> {
                t.close();
                return null;
            }, ok -> { }, failure -> { });
        }
        if (running.get()) {
            finish(new TransferEvent.Cancelled());
        }
    }

    private RegistryCredential credential(ImageName name) {
        return name.registry().isEmpty() ? null : logins.find(name.registry()).orElse(null);
    }

    private int begin(boolean pushing, String text) {
        cancel();
        int gen = ++generation;
        queue.clear();
        progress = TransferProgress.start(pushing);
        layers.clear();
        summary.set("");
        overall.set(-1);
        status.set(text);
        problem.set(null);
        running.set(true);
        outcome.set(Outcome.RUNNING);
        return gen;
    }

    private void keep(int gen, Subscription sub) {
        if (gen == generation && running.get()) {
            transfer = sub;
        } else {
            sub.close();
        }
    }

    private void failed(int gen, Throwable failure) {
        if (gen == generation) {
            finish(new TransferEvent.Failed(EngineList.describe(failure)));
        }
    }

    private void enqueue(int gen, TransferEvent event) {
        queue.add(new Queued(gen, event));
        if (drainPending.compareAndSet(false, true)) {
            tasks.onUi(this::drain);
        }
    }

    /** Folds every queued event into one new state, then updates the rows once. */
    private void drain() {
        drainPending.set(false);
        TransferProgress before = progress;
        TransferEvent ending = null;
        Queued q;
        while ((q = queue.poll()) != null) {
            if (q.generation() != generation) {
                continue;
            }
            switch (q.event()) {
                case TransferEvent.Layer l -> progress = progress.with(l.layer());
                case TransferEvent.Status s -> status.set(s.text());
                default -> ending = q.event();
            }
        }
        if (progress != before) {
            layers.setAll(progress.layers());
            overall.set(progress.layers().isEmpty() ? -1 : progress.overall());
            summary.set(TransferFormat.summary(progress));
        }
        if (ending != null) {
            finish(ending);
        }
    }

    private void finish(TransferEvent end) {
        if (!running.get()) {
            return;
        }
        running.set(false);
        transfer = null;
        switch (end) {
            case TransferEvent.Finished f -> {
                overall.set(1);
                status.set((progress.pushing() ? "Pushed " : "Pulled ") + f.reference()
                        + (f.digest() == null ? "" : " (" + f.digest() + ")"));
                outcome.set(Outcome.FINISHED);
            }
            case TransferEvent.Failed f -> {
                problem.set(f.message());
                status.set("Failed");
                outcome.set(Outcome.FAILED);
            }
            default -> {
                status.set("Cancelled");
                outcome.set(Outcome.CANCELLED);
            }
        }
    }

    @Override
    public void close() {
        Subscription t = transfer;
        transfer = null;
        generation++;
        if (t != null) {
            t.close();
        }
    }
}
