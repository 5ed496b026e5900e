package dev.porthole.ui.tour;

import dev.porthole.icons.AppIcon;
import dev.porthole.engine.EngineConnection;
import dev.porthole.ui.containers.ContainersPage;
import dev.porthole.ui.editor.EditorPage;
import dev.porthole.ui.images.ImagesPage;
import dev.porthole.ui.layers.LayersPage;
import dev.porthole.ui.shell.LabelPage;
import dev.porthole.ui.shell.FxTaskRunner;
import dev.porthole.ui.shell.MainWindow;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.ShellModel;
import dev.porthole.ui.shell.Theme;
import javafx.application.ColorScheme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window with the real pages the tour visits, wired as MainApp wires them, and a tour on it. */
final class TourFixture implements AutoCloseable {

    final EngineConnection connection;
    final FxTaskRunner tasks = new FxTaskRunner(2);
    final ShellModel model;
    final List<Page> pages;
    final Theme theme = new Theme(new SimpleObjectProperty<>(ColorScheme.LIGHT));
    final MainWindow window;
    final GuidedTour tour;
    final Stage stage;
    private final Path configDir;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    /** Call on the FX thread. */
    TourFixture(EngineConnection connection, Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        this.connection = connection;
        this.stage = stage;
        try {
            configDir = Files.createTempDirectory("porthole-tour");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model = new ShellModel(connection, tasks);
        ContainersPage containers = new ContainersPage(connection, tasks);
        model.setContainerSelector(containers::select);
        LayersPage layers = new LayersPage(connection, tasks);
        model.setLayersOpener(layers::openImage);
        pages = List.of(new LabelPage("dashboard", "Dashboard", AppIcon.DASHBOARD), containers,
                new ImagesPage(connection, tasks, model), layers,
                new EditorPage(configDir, connection, tasks, model), LabelPage.learn());
        window = new MainWindow(model, pages, Set.of("dashboard", "containers", "images"), theme);
        window.showPage("containers");
        stage.setScene(new Scene(window, 1200, 780));
        stage.show();
        tour = new GuidedTour(window);
    }

    /** Closes the window and all it holds on the FX thread; for {@code @AfterEach}. */
    void closeOnFx() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            close();
            return null;
        }).get();
    }

    @Override
    public void close() throws IOException {
        window.close();
        pages.forEach(Page::close);
        model.close();
        connection.close();
        tasks.close();
        try (var files = Files.walk(configDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        if (!fxErrors.isEmpty()) {
            AssertionError failure = new AssertionError(fxErrors.size() + " exception(s) on the FX thread",
                    fxErrors.getFirst());
            fxErrors.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
