package dev.porthole.ui.shell;

import dev.porthole.icons.AppIcon;
import dev.porthole.engine.EngineConnection;
import dev.porthole.ui.containers.ContainersPage;
import dev.porthole.ui.images.ImagesPage;
import javafx.application.ColorScheme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testfx.util.WaitForAsyncUtils;

/** The main window wired as MainApp wires it, around a given connection, with the OS colour scheme in hand. */
final class ShellFixture implements AutoCloseable {

    final EngineConnection connection;
    final FxTaskRunner tasks = new FxTaskRunner(2);
    final ShellModel model;
    final ContainersPage containers;
    final ImagesPage images;
    final List<Page> pages;
    final SimpleObjectProperty<ColorScheme> systemScheme = new SimpleObjectProperty<>(ColorScheme.LIGHT);
    final Theme theme = new Theme(systemScheme);
    final MainWindow window;
    /** Exceptions nothing caught on the FX thread: each fails the test at close. */
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();

    /** Call on the FX thread. */
    ShellFixture(EngineConnection connection, Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        this.connection = connection;
        model = new ShellModel(connection, tasks);
        containers = new ContainersPage(connection, tasks);
        model.setContainerSelector(containers::select);
        images = new ImagesPage(connection, tasks, model);
        pages = List.of(new LabelPage("dashboard", "Dashboard", AppIcon.DASHBOARD), containers, images,
                new LabelPage("volumes", "Volumes", AppIcon.VOLUME), new LabelPage("networks", "Networks", AppIcon.NETWORK),
                new LabelPage("dockerfile", "Dockerfile", AppIcon.DOCKERFILE), LabelPage.learn());
        window = new MainWindow(model, pages, Set.of("containers", "images"), theme);
        window.showPage("containers");
        stage.setScene(new Scene(window, 1200, 780));
        stage.show();
    }

    /** The node the page host shows now. */
    javafx.scene.Node shownNode() {
        PageHost host = (PageHost) window.getCenter();
        return host.getChildren().isEmpty() ? null : host.getChildren().getFirst();
    }

    /** Closes the window and all it holds on the FX thread; for {@code @AfterEach}. */
    void closeOnFx() throws Exception {
        WaitForAsyncUtils.asyncFx(this::close).get();
    }

    @Override
    public void close() {
        window.close();
        pages.forEach(Page::close);
        model.close();
        connection.close();
        tasks.close();
        if (!fxErrors.isEmpty()) {
            AssertionError failure = new AssertionError(fxErrors.size() + " exception(s) on the FX thread",
                    fxErrors.getFirst());
            fxErrors.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
