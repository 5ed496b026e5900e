package dev.porthole.ui.shell;

import dev.porthole.engine.SupervisedEngineConnection;
import javafx.application.ColorScheme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;

/** The main window around pages a test picks, on one connection and task runner, closed as MainApp closes it. */
public final class PagesWindow {

    /** Builds the test's pages on the window's connection, runner and shell model. */
    @FunctionalInterface
    public interface Pages {
        List<Page> build(SupervisedEngineConnection connection, FxTaskRunner tasks, ShellModel shell);
    }

    public final SupervisedEngineConnection connection;
    public final FxTaskRunner tasks;
    public final ShellModel shell;
    public final List<Page> pages;
    public final MainWindow window;

    /** Call on the FX thread; the connection is left for the test to start. */
    public PagesWindow(SupervisedEngineConnection connection, int threads, Pages pages, Set<String> livePages) {
        this.connection = connection;
        tasks = new FxTaskRunner(threads);
        shell = new ShellModel(connection, tasks);
        this.pages = pages.build(connection, tasks, shell);
        window = new MainWindow(shell, this.pages, livePages,
                new Theme(new SimpleObjectProperty<>(ColorScheme.LIGHT)));
    }

    /** Shows the window in the stage at this size. */
    public Scene show(Stage stage, double width, double height) {
        Scene scene = new Scene(window, width, height);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Call in {@code @AfterEach}: closes the window, its pages and model on the FX thread, then the rest. */
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.close();
            pages.forEach(Page::close);
            shell.close();
        }).get();
        connection.close();
        tasks.close();
    }
}
