package dev.porthole.ui.logs;

import dev.porthole.engine.Engine;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import dev.porthole.prefs.PreferencesStore;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.containers.ContainersPage;
import dev.porthole.ui.lists.PageITFixture;
import dev.porthole.ui.prefs.PreferencesModel;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Lines kept per log view" reaches the log views the Containers page opens, wired as the app wires it (the
 * preferences model's current value): a window or Logs tab opened after the change holds at most that many lines.
 * The real engine lists the container and streams its log; the extra lines are fed by hand, to fill the buffer.
 */
@ExtendWith(ApplicationExtension.class)
class LogSizePreferenceIT {

    private static Engine engine;
    private static String name;
    private static String id;

    @TempDir
    static Path config;

    private PageITFixture fixture;
    private PreferencesModel preferences;
    private ContainersPage page;
    private Stage stage;

    @BeforeAll
    static void startContainer() {
        engine = TestEngines.assumeEngine();
        name = TestImages.uniqueName("log-size");
        id = TestImages.runSleeper(engine, name);
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = PageITFixture.onTestEngine(3);
        preferences = new PreferencesModel(PreferencesStore.in(config), choice -> null);
        page = fixture.show(stage, new ContainersPage(fixture.connection, fixture.tasks, url -> { },
                preferences::current), 1300, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        fixture.close(robot, () -> {
            logWindows().forEach(Stage::close);
            page.close();
        });
    }

    @Test
    void aLogWindowOpenedAfterTheChangeHoldsAtMostThatManyLines(FxRobot robot) throws Exception {
        keepLines(robot, 1_000);
        select(robot);

        robot.clickOn("#open-logs");
        LogsModel first = awaitLogWindow();
        feed(robot, first, 2_500);
        assertThat(fx(() -> first.shown().size())).isEqualTo(1_000);
        assertThat(fx(() -> first.shown().getLast().text())).isEqualTo("fed 2499");
        assertThat(fx(() -> first.dropped.get())).isGreaterThanOrEqualTo(1_500);

        // the next window reads the preference again
        robot.interact(() -> logWindows().forEach(Stage::close));
        keepLines(robot, 2_000);
        robot.clickOn("#open-logs");
        LogsModel second = awaitLogWindow();
        feed(robot, second, 2_500);
        assertThat(fx(() -> second.shown().size())).isEqualTo(2_000);
    }

    @Test
    void theLogsTabOpenedAfterTheChangeHoldsAtMostThatManyLines(FxRobot robot) throws Exception {
        keepLines(robot, 1_500);
        select(robot);

        robot.clickOn("#tab-logs");
        until("the Logs tab's view", () -> fx(() -> logViewIn(stage) != null));
        LogsModel model = fx(() -> logViewIn(stage).model());
        feed(robot, model, 4_000);
        assertThat(fx(() -> model.shown().size())).isEqualTo(1_500);
        assertThat(fx(() -> model.shown().getLast().text())).isEqualTo("fed 3999");
    }

    private void keepLines(FxRobot robot, int lines) {
        robot.interact(() -> {
            try {
                preferences.save(preferences.current().withLogBufferLines(lines));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void select(FxRobot robot) throws Exception {
        robot.interact(() -> page.select(id));
        until("the container's details", () -> fx(() -> {
            var details = page.model().details().detailsProperty().get();
            return details != null && details.summary().id().equals(id);
        }));
    }

    /** Lines newer than any the container printed so far, so they go at the end. */
    private static void feed(FxRobot robot, LogsModel model, int count) {
        long t0 = System.currentTimeMillis() * 1_000_000L + 60_000_000_000L;
        List<LogLine> lines = IntStream.range(0, count)
                .mapToObj(i -> LogLine.of(t0 + i * 1_000L, LogStream.STDOUT, name, "fed " + i)).toList();
        robot.interact(() -> model.append(lines, 0));
    }

    private static LogsModel awaitLogWindow() throws Exception {
        until("the log window", () -> fx(() -> logWindows().size() == 1));
        return fx(() -> ((LogView) logWindows().getFirst().getScene().getRoot()).model());
    }

    private static List<Stage> logWindows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && ("Logs: " + name).equals(s.getTitle())).map(w -> (Stage) w).toList();
    }

    private static LogView logViewIn(Stage stage) {
        return find(stage.getScene().getRoot());
    }

    private static LogView find(Node node) {
        if (node instanceof LogView v) {
            return v;
        }
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                LogView v = find(child);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(condition.call()));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }
}
