package dev.porthole.ui.lists;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.ui.shell.FxTaskRunner;
import dev.porthole.ui.shell.Page;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page test's stage: exceptions on the FX thread recorded, the light theme, a connection and a task runner; at the
 * end the page, connection and runner closed and any FX exception failing the test.
 */
public final class PageITFixture {

    /** Exceptions nothing caught on the FX thread: any fails the test at {@link #close}. */
    public final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    public final SupervisedEngineConnection connection;
    public final FxTaskRunner tasks;
    private Page page;

    /** Call first in {@code @Start}, on the FX thread; the connection is started by {@link #show}. */
    public PageITFixture(SupervisedEngineConnection connection, int threads) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.connection = connection;
        this.tasks = new FxTaskRunner(threads);
    }

    /** A fixture on a (not yet started) connection to the test engine. */
    public static PageITFixture onTestEngine(int threads) {
        return new PageITFixture(TestConnections.toTestEngine(), threads);
    }

    /** Starts the connection, shows the page alone in the stage and tells it it is shown. */
    public <P extends Page> P show(Stage stage, P page, double width, double height) {
        connection.start();
        place(stage, page, width, height);
        page.onShow();
        return page;
    }

    /** Shows the page alone in the stage, leaving the connection and the page's first load to the test. */
    public <P extends Page> P place(Stage stage, P page, double width, double height) {
        this.page = page;
        stage.setScene(new Scene((Parent) page.view(), width, height));
        stage.show();
        return page;
    }

    /** Call in {@code @AfterEach}: closes the page on the FX thread, then the connection and the runner. */
    public void close(FxRobot robot) {
        close(robot, () -> {
            if (page != null) {
                page.close();
            }
        });
    }

    /** Like {@link #close(FxRobot)}, running {@code closeViews} on the FX thread in place of closing a page. */
    public void close(FxRobot robot, Runnable closeViews) {
        robot.interact(closeViews);
        connection.close();
        tasks.close();
        assertThat(fxErrors).as("exceptions thrown on the FX thread").isEmpty();
    }

    /** Runs {@code read} on the FX thread and returns its value (5 s at most). */
    public static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
