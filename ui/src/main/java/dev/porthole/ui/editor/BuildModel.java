package dev.porthole.ui.editor;

import dev.porthole.build.BuildContext;
import dev.porthole.build.BuildEvent;
import dev.porthole.build.BuildRequest;
import dev.porthole.build.BuildSteps;
import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.Subscription;
import dev.porthole.model.RunSpec;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One build at a time from the editor: scans the context (size shown before sending), starts the engine's build,
 * and turns its events into properties. Events arrive on the build's stream thread; they are queued and drained
 * in batches with one pending hop to the FX thread.
 */
final class BuildModel implements AutoCloseable {

    /** How a build ended. */
    enum Outcome { NONE, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private static final int LOG_LIMIT = 400_000;

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private record Queued(int generation, BuildEvent event) {
    }

    private final Queue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private final StringProperty step = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty imageId = new SimpleStringProperty();
    private final StringProperty problem = new SimpleStringProperty();
    /** The Dockerfile line of the failing step, or 0. */
    private final ObjectProperty<Integer> failedLine = new SimpleObjectProperty<>(0);
    private final BooleanProperty running = new SimpleBooleanProperty();
    private Consumer<String> log = text -> { };
    private Subscription build;
    private Dockerfile file;
    private int logLength;
    /** Which build events belong to: a cancelled build's late events are dropped. */
    private int generation;

    BuildModel(EngineConnection connection, TaskRunner tasks) {
        this.connection = connection;
        this.tasks = tasks;
    }

    ObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    BooleanProperty runningProperty() {
        return running;
    }

    StringProperty stepProperty() {
        return step;
    }

    /** 0..1 by steps done; -1 while the first step has not started. */
    DoubleProperty progressProperty() {
        return progress;
    }

    StringProperty imageIdProperty() {
        return imageId;
    }

    StringProperty problemProperty() {
        return problem;
    }

    ObjectProperty<Integer> failedLineProperty() {
        return failedLine;
    }

    /** Where log text goes (the panel's text area), in batches on the FX thread. */
    void setLog(Consumer<String> log) {
        this.log = log;
    }

    /** Scans a context folder off the FX thread (names and sizes only). */
    void scan(Path folder, String dockerfile, Consumer<BuildContext> then, Consumer<Throwable> failed) {
        tasks.run(() -> BuildContext.scan(folder, dockerfile), then::accept, failed);
    }

    /** Starts a build of {@code request}; {@code parsed} is the Dockerfile it builds, to map steps to lines. */
    void start(BuildRequest request, Dockerfile parsed) {
        if (running.get()) {
            return;
        }
        file = parsed;
        int gen = ++generation;
        logLength = 0;
        queue.clear();
        running.set(true);
        outcome.set(Outcome.RUNNING);
        step.set("Sending the build context (" + Sizes.bytes(request.context().size()) + ")…");
        progress.set(-1);
        imageId.set(null);
        problem.set(null);
        failedLine.set(0);
        tasks.run(() -> connection.requireEngine().buildImage(request, e -> enqueue(gen, e)), sub -> {
            if (running.get()) {
                build = sub;
            } else {
                sub.close();
            }
        }, failure -> finish(new BuildEvent.Failed(failure.getMessage(), 0)));
    }

    /** Stops the running build. */
    void cancel() {
        Subscription b = build;
        build = null;
        if (b != null) {
            tasks.run(() -> {
                b.close();
                return null;
            }, ok -> { }, failure -> { });
        }
        if (running.get()) {
            finish(new BuildEvent.Cancelled());
        }
    }

    /** Runs the built image as a new container off the FX thread; {@code then} gets the container id. */
    void runImage(Consumer<String> then) {
        String image = imageId.get();
        if (image == null) {
            return;
        }
        tasks.run(() -> connection.requireEngine().runContainer(new RunSpec(image, null, List.of(), List.of(),
                List.of(), List.of(), "no", false, Map.of())), then::accept,
                failure -> problem.set(failure.getMessage()));
    }

    private void enqueue(int gen, BuildEvent event) {
        queue.add(new Queued(gen, event));
        if (drainPending.compareAndSet(false, true)) {
            tasks.onUi(this::drain);
        }
    }

    private void drain() {
        drainPending.set(false);
        StringBuilder text = new StringBuilder();
        Queued q;
        while ((q = queue.poll()) != null) {
            if (q.generation() != generation) {
                continue;
            }
            BuildEvent e = q.event();
            switch (e) {
                case BuildEvent.Output o -> text.append(o.text());
                case BuildEvent.Step s -> {
                    step.set("Step " + s.number() + " of " + s.total() + ": " + s.instruction());
                    progress.set(s.total() == 0 ? -1 : (s.number() - 1) / (double) s.total());
                }
                default -> {
                    appendLog(text);
                    text.setLength(0);
                    finish(e);
                }
            }
        }
        appendLog(text);
    }

    private void appendLog(CharSequence text) {
        if (text.isEmpty() || logLength > LOG_LIMIT) {
            return;
        }
        logLength += text.length();
        log.accept(logLength > LOG_LIMIT ? text + "\n[log cut here: it grew past 400 kB]\n" : text.toString());
    }

    private void finish(BuildEvent end) {
        if (!running.get()) {
            return;
        }
        running.set(false);
        build = null;
        switch (end) {
            case BuildEvent.Succeeded s -> {
                imageId.set(s.imageId());
                progress.set(1);
                step.set("Built " + s.imageId());
                outcome.set(Outcome.SUCCEEDED);
            }
            case BuildEvent.Failed f -> {
                problem.set(f.message());
                step.set(f.step() > 0 ? "Failed at step " + f.step() : "Failed");
                progress.set(0);
                if (file != null) {
                    failedLine.set(BuildSteps.lineOf(file, f.step()).orElse(0));
                }
                outcome.set(Outcome.FAILED);
            }
            default -> {
                step.set("Cancelled");
                progress.set(0);
                outcome.set(Outcome.CANCELLED);
            }
        }
    }

    @Override
    public void close() {
        Subscription b = build;
        build = null;
        if (b != null) {
            b.close();
        }
    }
}
