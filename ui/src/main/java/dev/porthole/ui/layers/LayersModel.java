package dev.porthole.ui.layers;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.Subscription;
import dev.porthole.layers.Analysis;
import dev.porthole.layers.ArchiveFileSource;
import dev.porthole.layers.EngineImageSource;
import dev.porthole.layers.ImageComparison;
import dev.porthole.layers.ImageSource;
import dev.porthole.layers.LayersException;
import dev.porthole.model.ImageSummary;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The layers page's model: which image is open, reading it (progress, cancel, problems), the engine's images to
 * pick from, and a second image to compare with. The file tree's state lives in {@link TreeState}.
 * Properties change on the FX thread only.
 */
final class LayersModel implements AutoCloseable {

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<ImageComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ObservableList<EngineImage> engineImages = FXCollections.observableArrayList();
    private final ObjectProperty<EngineImage> chosenImage = new SimpleObjectProperty<>(this, "chosenImage");
    private final TreeState tree;
    private Subscription statusSubscription;
    private AnalysisJob job;
    private boolean connected;

    LayersModel(EngineConnection connection, TaskRunner tasks) {
        this.connection = Objects.requireNonNull(connection);
        this.tasks = tasks;
        this.tree = new TreeState(tasks);
        analysis.addListener((obs, old, a) -> tree.setAnalysis(a));
    }

    // ---- state

    /** The open image's analysis, or null. */
    ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The open image compared with a second one, or null. */
    ReadOnlyObjectProperty<ImageComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** True while an image is being read. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0..1 while the total is known, -1 (indeterminate) otherwise. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is being read and how far: "Reading busybox:latest… 1.2 MB of 4.4 MB". */
    ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Why the last read failed, in one sentence, or null. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The engine's images, largest last refresh; empty without an engine. */
    ObservableList<EngineImage> engineImages() {
        return engineImages;
    }

    /** The engine image picked in the source combo. */
    ObjectProperty<EngineImage> chosenImageProperty() {
        return chosenImage;
    }

    /** The file tree of the selected layer, with its mode and filters. */
    TreeState tree() {
        return tree;
    }

    // ---- commands

    /** Listens for the engine, to list its images whenever it connects; call once. */
    void start() {
        statusSubscription = connection.onStatus(s -> tasks.onUi(() -> {
            boolean now = s != null && s.connected();
            if (now && !connected) {
                refreshEngineImages();
            }
            connected = now;
        }));
    }

    /** Lists the engine's images again, off the FX thread. */
    void refreshEngineImages() {
        tasks.run(() -> connection.requireEngine().listImages(), images -> {
            EngineImage chosen = chosenImage.get();
            engineImages.setAll(images.stream().flatMap(LayersModel::entries)
                    .sorted(Comparator.comparing((EngineImage i) -> !i.reference().contains(":"))
                            .thenComparing(EngineImage::reference)).toList());
            if (chosen != null) {
                engineImages.stream().filter(i -> i.reference().equals(chosen.reference())).findFirst()
                        .ifPresent(chosenImage::set);
            }
        }, failure -> engineImages.clear());
    }

    private static java.util.stream.Stream<EngineImage> entries(ImageSummary image) {
        var tags = image.repoTags().stream().filter(t -> !t.equals("<none>:<none>")).toList();
        if (tags.isEmpty()) {
            return java.util.stream.Stream.of(new EngineImage(image.shortId(), image.size()));
        }
        return tags.stream().map(t -> new EngineImage(t, image.size()));
    }

    /** Opens the image {@code reference} from the engine. */
    void openImage(String reference) {
        engineImages.stream().filter(i -> i.reference().equals(reference)).findFirst().ifPresent(chosenImage::set);
        source(reference).ifPresent(this::open);
    }

    /** Opens an image archive file; needs no engine. */
    void openArchive(Path file) {
        open(new ArchiveFileSource(file));
    }

    /** Reads {@code source} and shows it, replacing the open image when it succeeds. */
    void open(ImageSource source) {
        read(source, a -> {
            comparison.set(null);
            analysis.set(a);
        });
    }

    /** Reads {@code source} and compares the open image with it. */
    void compareWith(ImageSource source) {
        Analysis before = analysis.get();
        if (before == null) {
            return;
        }
        read(source, after -> comparison.set(ImageComparison.of(before, after)));
    }

    /** Compares the open image with the engine image {@code reference}. */
    void compareWithImage(String reference) {
        source(reference).ifPresent(this::compareWith);
    }

    /** Stops the read under way. */
    void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
        }
        busy.set(false);
        progressText.set("Cancelled.");
    }

    void clearProblem() {
        problem.set(null);
    }

    /** Puts a problem up for the user (a bad drop, say). */
    void report(String message) {
        problem.set(message);
    }

    private java.util.Optional<ImageSource> source(String reference) {
        if (reference == null || reference.isBlank()) {
            return java.util.Optional.empty();
        }
        Engine engine = connection.engine().orElse(null);
        if (engine == null) {
            problem.set("No container engine is connected, so " + reference
                    + " cannot be read. Open an image archive (docker save) instead.");
            return java.util.Optional.empty();
        }
        long size = engineImages.stream().filter(i -> i.reference().equals(reference.strip()))
                .mapToLong(EngineImage::sizeBytes).findFirst().orElse(-1);
        return java.util.Optional.of(new EngineImageSource(engine, reference.strip(), size));
    }

    private void read(ImageSource source, Consumer<Analysis> then) {
        if (job != null) {
            job.cancel();
        }
        String name = source.name();
        problem.set(null);
        busy.set(true);
        progress.set(-1);
        progressText.set("Reading " + name + "…");
        job = AnalysisJob.start(tasks, source, (read, total) -> {
            progress.set(total > 0 ? Math.min(1.0, (double) read / total) : -1);
            // an engine's listed size is only about the export's length: past it, show bytes read alone
            progressText.set("Reading " + name + "… " + LayersFormat.bytes(read)
                    + (total > 0 && read <= total ? " of " + LayersFormat.bytes(total) : ""));
        }, a -> {
            job = null;
            busy.set(false);
            progressText.set("");
            then.accept(a);
        }, failure -> {
            job = null;
            busy.set(false);
            progressText.set("");
            problem.set(describe(failure));
        });
    }

    /** The one sentence shown for a failed read. */
    static String describe(Throwable failure) {
        if (failure instanceof LayersException) {
            return failure.getMessage();
        }
        if (failure instanceof CancellationException || failure instanceof InterruptedException) {
            return "Reading the image was cancelled.";
        }
        String message = failure.getMessage();
        return "The image could not be read: " + (message == null ? failure.getClass().getSimpleName() : message);
    }

    @Override
    public void close() {
        if (job != null) {
            job.cancel();
        }
        if (statusSubscription != null) {
            statusSubscription.close();
        }
        tree.close();
    }
}
