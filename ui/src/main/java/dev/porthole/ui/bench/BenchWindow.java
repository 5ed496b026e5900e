package dev.porthole.ui.bench;

import dev.porthole.ui.MainApp;
import dev.porthole.ui.containers.ContainersModel;
import dev.porthole.ui.containers.ContainersPage;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The real Porthole window, started in this JVM for measuring; every method but the callbacks runs off FX. */
final class BenchWindow implements AutoCloseable {

    private final MainApp app;
    private final Stage stage;
    private final ContainersModel containers;

    private BenchWindow(MainApp app, Stage stage, ContainersModel containers) {
        this.app = app;
        this.stage = stage;
        this.containers = containers;
    }

    /** Uses JavaFX's own headless platform when there is no display (Linux without DISPLAY). */
    static void chooseGlassPlatform() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (linux && !display && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    /**
     * Starts the toolkit and MainApp with its settings in {@code configDir}, and waits until the containers
     * table shows the engine's first full list.
     *
     * @return the window and when (System.nanoTime) the first frame with the listed table was laid out
     */
    static Started launch(Path configDir, long timeoutSeconds) throws Exception {
        CompletableFuture<BenchWindow> opened = new CompletableFuture<>();
        CompletableFuture<Long> tableShown = new CompletableFuture<>();
        Runnable open = () -> {
            try {
                Platform.setImplicitExit(false);
                MainApp app = new MainApp(configDir);
                Stage stage = new Stage();
                app.start(stage);
                ContainersModel model = app.page("containers").map(p -> ((ContainersPage) p).model())
                        .orElseThrow(() -> new IllegalStateException("MainApp has no containers page"));
                whenListed(stage.getScene(), model, tableShown);
                opened.complete(new BenchWindow(app, stage, model));
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
                tableShown.completeExceptionally(e);
            }
        };
        try {
            Platform.startup(open);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(open);
        }
        BenchWindow window = opened.get(timeoutSeconds, TimeUnit.SECONDS);
        long shownAt = tableShown.get(timeoutSeconds, TimeUnit.SECONDS);
        return new Started(window, shownAt);
    }

    record Started(BenchWindow window, long tableShownNanos) {
    }

    private static void whenListed(Scene scene, ContainersModel model, CompletableFuture<Long> done) {
        if (model.loadedProperty().get()) {
            afterNextLayout(scene, done);
            return;
        }
        model.loadedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    model.loadedProperty().removeListener(this);
                    afterNextLayout(scene, done);
                }
            }
        });
    }

    /** Completes with the time of the next laid-out frame: what the user sees has caught up. */
    private static void afterNextLayout(Scene scene, CompletableFuture<Long> done) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            done.complete(System.nanoTime());
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** How many containers the page's model holds now. */
    int rows() throws Exception {
        return onFx(() -> containers.allRows().size());
    }

    /** When the page's data last changed. */
    Instant dataTime() throws Exception {
        return onFx(() -> containers.dataTimeProperty().get());
    }

    /**
     * One full refresh as the page does it: list every container from the engine and apply the list to the table,
     * until the next laid-out frame. Returns milliseconds.
     */
    double timeFullRefresh(long timeoutSeconds) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        long start = onFx(() -> {
            ChangeListener<Instant> applied = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Instant> obs, Instant was,
                                    Instant now) {
                    containers.dataTimeProperty().removeListener(this);
                    afterNextLayout(stage.getScene(), done);
                }
            };
            containers.dataTimeProperty().addListener(applied);
            long t = System.nanoTime();
            containers.refreshAll();
            return t;
        });
        return (done.get(timeoutSeconds, TimeUnit.SECONDS) - start) / 1_000_000.0;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(call.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    /** Closes the app the way quitting does, then ends the toolkit. */
    @Override
    public void close() throws Exception {
        onFx(() -> {
            app.stop();
            stage.hide();
            return null;
        });
        Platform.exit();
    }
}
