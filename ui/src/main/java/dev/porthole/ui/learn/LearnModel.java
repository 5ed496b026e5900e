package dev.porthole.ui.learn;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.Subscription;
import dev.porthole.logs.LogBuffer;
import dev.porthole.learn.Lesson;
import dev.porthole.learn.LessonCatalog;
import dev.porthole.learn.ProgressStore;
import dev.porthole.learn.Step;
import dev.porthole.learn.StepChecks;
import dev.porthole.learn.Tutorial;
import dev.porthole.learn.TutorialBuilds;
import dev.porthole.learn.TutorialLedger;
import dev.porthole.learn.TutorialResources;
import dev.porthole.learn.TutorialSignals;
import dev.porthole.ui.shell.Navigator;
import dev.porthole.ui.shell.TaskRunner;
import javafx.animation.PauseTransition;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Consumer;

/**
 * The Learn page's model: the lessons, their saved progress, and the checks that complete steps by watching the
 * engine. Checks run off the FX thread, one run at a time, when a lesson opens, when the engine reports an image
 * or container event, and when the UI signals something it saw. Properties change on the FX thread only.
 */
final class LearnModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LearnModel.class);

    /** A step of a lesson, as the checks report it done. */
    record StepRef(String lessonId, String stepId) {
    }

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Consumer<Path> openInEditor;
    private final Path workDir;
    private final LessonCatalog catalog = LessonCatalog.load();
    private final ProgressStore progress;
    private final Tutorial tutorial;
    private final TutorialSignals signals = new TutorialSignals();
    private final StepChecks checks;
    private final TutorialBuilds builds;
    private final TutorialResources resources;
    private final ReadOnlyBooleanWrapper engineAvailable = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<Lesson> selected = new SimpleObjectProperty<>();
    /** Bumped whenever a step's progress changed: views read the store again. */
    private final IntegerProperty progressVersion = new SimpleIntegerProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final PauseTransition eventPause = new PauseTransition(Duration.millis(400));
    private final Subscription statusSubscription;
    private final Subscription eventSubscription;
    /** Streams the page's panels opened (builds): closed with the page. */
    private final List<Subscription> streams = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** How many lines a log window opened from a lesson keeps (the preference, read when it opens). */
    private IntSupplier logLines = () -> LogBuffer.DEFAULT_CAPACITY;
    private boolean checking;
    private boolean checkAgain;
    private boolean closed;

    /**
     * @param configDir    where progress, the ledger and the tutorial's build folders ({@code learn/}) go
     * @param busybox      the static busybox binary the tutorial's FROM scratch images hold
     * @param openInEditor opens a file in the Dockerfile editor (and shows that page)
     */
    LearnModel(Path configDir, EngineConnection connection, TaskRunner tasks, Navigator navigator,
               Consumer<Path> openInEditor, Tutorial tutorial, Path busybox) {
        this.connection = connection;
        this.tasks = tasks;
        this.navigator = navigator;
        this.openInEditor = openInEditor;
        this.tutorial = tutorial;
        this.workDir = configDir.resolve("learn");
        this.progress = new ProgressStore(configDir);
        if (progress.problem() != null) {
            problem.set(progress.problem());
        }
        TutorialLedger ledger = new TutorialLedger(configDir);
        this.checks = new StepChecks(tutorial, signals);
        this.builds = new TutorialBuilds(tutorial, workDir, busybox, ledger);
        this.resources = new TutorialResources(tutorial, ledger);
        statusSubscription = connection.onStatus(s -> tasks.onUi(() -> {
            boolean now = s != null && s.connected();
            boolean was = engineAvailable.get();
            engineAvailable.set(now);
            if (now && !was) {
                recheck();
            }
        }));
        // a busy engine sends bursts of events: check once after a burst, not once per event
        eventPause.setOnFinished(e -> recheck());
        eventSubscription = connection.onEvent(e -> {
            if (e.isContainer() || e.isImage()) {
                tasks.onUi(eventPause::playFromStart);
            }
        });
    }

    // --- state

    List<Lesson> lessons() {
        return catalog.lessons();
    }

    /** The lesson shown, or null for the overview. */
    ObjectProperty<Lesson> selectedProperty() {
        return selected;
    }

    ReadOnlyBooleanProperty engineAvailableProperty() {
        return engineAvailable.getReadOnlyProperty();
    }

    IntegerProperty progressVersionProperty() {
        return progressVersion;
    }

    /** Why progress could not be read or saved, or empty. */
    StringProperty problemProperty() {
        return problem;
    }

    boolean isDone(Lesson lesson, Step step) {
        return progress.isDone(lesson.id(), step.id());
    }

    int doneCount(Lesson lesson) {
        return progress.doneCount(lesson);
    }

    Tutorial tutorial() {
        return tutorial;
    }

    TutorialBuilds builds() {
        return builds;
    }

    TutorialResources resources() {
        return resources;
    }

    StepChecks checks() {
        return checks;
    }

    void logLinesFrom(IntSupplier lines) {
        logLines = lines;
    }

    int logLines() {
        return logLines.getAsInt();
    }

    EngineConnection connection() {
        return connection;
    }

    TaskRunner tasks() {
        return tasks;
    }

    Navigator navigator() {
        return navigator;
    }

    Path workDir() {
        return workDir;
    }

    // --- commands

    /** Shows a lesson (null: the overview) and checks its steps. */
    void open(Lesson lesson) {
        selected.set(lesson);
        recheck();
    }

    /** Marks a reading step as read. */
    void markRead(Lesson lesson, Step step) {
        save(() -> progress.markDone(lesson.id(), step.id()));
    }

    /** Forgets a lesson's progress, to walk it again. */
    void reset(Lesson lesson) {
        save(() -> progress.reset(lesson));
        recheck();
    }

    /** The UI saw something the engine cannot tell (see {@link TutorialSignals}); checks run again. */
    void signal(String what) {
        signals.mark(what);
        recheck();
    }

    /** A log view showed lines of this container. */
    void logsShown(String containerId) {
        signals.logsShown(containerId);
        recheck();
    }

    /** Opens a file in the Dockerfile editor. */
    void openInEditor(Path file) {
        openInEditor.accept(file);
    }

    /** Closes {@code stream} when the page goes (a build still running is cancelled). */
    void track(Subscription stream) {
        streams.add(stream);
    }

    /** Runs a call on the engine off the FX thread; an UNREACHABLE failure also tells the connection. */
    <T> void onEngine(EngineCall<T> call, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        tasks.run(() -> call.apply(connection.requireEngine()), onSuccess, failure -> {
            connection.reportFailure(failure);
            onFailure.accept(failure);
        });
    }

    /** Work against the engine. */
    @FunctionalInterface
    interface EngineCall<T> {
        T apply(Engine engine) throws Exception;
    }

    /** Runs every pending step check now (again after the current run when one is under way). */
    void recheck() {
        if (closed) {
            return;
        }
        if (checking) {
            checkAgain = true;
            return;
        }
        checking = true;
        List<StepRef> pending = new ArrayList<>();
        for (Lesson l : catalog.lessons()) {
            for (Step s : l.steps()) {
                if (!s.reading() && !progress.isDone(l.id(), s.id())) {
                    pending.add(new StepRef(l.id(), s.id()));
                }
            }
        }
        Engine engine = connection.engine().orElse(null);
        tasks.run(() -> passed(pending, engine), passed -> {
            checking = false;
            if (!passed.isEmpty()) {
                save(() -> passed.forEach(p -> progress.markDone(p.lessonId(), p.stepId())));
            }
            if (checkAgain) {
                checkAgain = false;
                recheck();
            }
        }, failure -> {
            checking = false;
            connection.reportFailure(failure);
            LOG.debug("Step checks failed: {}", failure.toString());
        });
    }

    private List<StepRef> passed(List<StepRef> pending, Engine engine) {
        List<StepRef> passed = new ArrayList<>();
        for (StepRef ref : pending) {
            Step step = catalog.lesson(ref.lessonId()).flatMap(l -> l.step(ref.stepId())).orElseThrow();
            if (checks.passes(step.check(), engine)) {
                passed.add(ref);
            }
        }
        return passed;
    }

    private void save(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException e) {
            problem.set(e.getMessage());
        }
        progressVersion.set(progressVersion.get() + 1);
    }

    @Override
    public void close() {
        closed = true;
        eventPause.stop();
        statusSubscription.close();
        eventSubscription.close();
        streams.forEach(Subscription::close);
    }
}
