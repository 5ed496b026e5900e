package dev.porthole.ui.stats;

import dev.porthole.engine.Engine;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.model.RunSpec;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.exec.ExecConsole;
import dev.porthole.ui.exec.TerminalPane;
import dev.porthole.ui.lists.PageITFixture;
import dev.porthole.ui.lists.TestConnections;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/** The Stats tab's view and the exec console on screen, against a real busybox container. */
@ExtendWith(ApplicationExtension.class)
class LiveTabsIT {

    private static Engine engine;
    private static String containerId;

    private PageITFixture fixture;
    private StatsHub hub;
    private StackPane root;

    @BeforeAll
    static void startContainer() {
        engine = TestEngines.assumeEngine();
        containerId = TestImages.run(engine, new RunSpec(TestImages.busybox(engine), TestImages.uniqueName("live"),
                List.of("sh", "-c", "trap 'exit 0' TERM; while :; do :; done"), List.of(), List.of(), List.of(),
                "no", false, Map.of(TEST_LABEL, "true")));
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine);
    }

    @Start
    void start(Stage stage) {
        fixture = new PageITFixture(TestConnections.toTestEngine(
                new SupervisedEngineConnection.Backoff(Duration.ofMillis(100), Duration.ofMillis(400))), 3);
        hub = new StatsHub(fixture.connection, fixture.tasks);
        fixture.connection.start();
        root = new StackPane();
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        fixture.close(robot, () -> {
            root.getChildren().stream().filter(n -> n instanceof AutoCloseable).forEach(n -> {
                try {
                    ((AutoCloseable) n).close();
                } catch (Exception e) {
                    fixture.fxErrors.add(e);
                }
            });
            hub.close();
        });
    }

    @Test
    void statsTabDrawsLiveSamplesAndClosesItsStream(FxRobot robot) throws Exception {
        awaitConnected();
        robot.interact(() -> {
            hub.setActive(true);
            root.getChildren().setAll(new StatsView(hub, containerId));
        });
        LineChart<?, ?> cpu = robot.lookup("#chart-cpu").queryAs(LineChart.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> cpu.getData().getFirst().getData().size() >= 2));
        String summary = fx(() -> robot.lookup("#stats-summary").queryAs(Label.class).getText());
        assertThat(summary).startsWith("CPU ").contains("Memory ").contains("PIDs ");
        assertThat(fx(() -> hub.openStreams())).isEqualTo(1);

        robot.interact(() -> {
            ((StatsView) root.getChildren().getFirst()).close();
            root.getChildren().clear();
        });
        assertThat(fx(() -> hub.openStreams())).as("the stream closes with its view").isZero();
    }

    @Test
    void execConsoleShowsTheOutputOfATypedCommand(FxRobot robot) throws Exception {
        awaitConnected();
        TerminalPane pane = fx(() -> new TerminalPane(fixture.connection, fixture.tasks, containerId));
        robot.interact(() -> {
            root.getChildren().setAll(pane);
            pane.start();
        });
        ExecConsole console = fx(() -> pane.openSession("/bin/sh"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> console.screenText().contains("#")));
        // typed on the keyboard, as a user does: the TTY echoes it and the shell answers
        robot.clickOn("#exec-output").write("echo $((6*7))hello").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> console.screenText().contains("42hello\n")));
        assertThat(fx(console::screenText)).contains("echo $((6*7))hello");
    }

    private void awaitConnected() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fixture.connection.engine().isPresent());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

}
