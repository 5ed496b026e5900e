package dev.porthole.ui.shell;

import dev.porthole.ui.MainApp;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.porthole.ui.shell.FxWait.onFx;
import static dev.porthole.ui.shell.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

/** An exception nobody caught: logged, shown once however often it happens, and the app keeps running. */
class ErrorReporterTest {

    @TempDir
    Path configDir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainApp app;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = (MainApp) FxToolkit.setupApplication(() -> new MainApp(configDir));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void anExceptionOnTheFxThreadShowsAReadableMessageWithCopyDetailsAndTheAppRunsOn() throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("the sky fell", new java.io.IOException("disk full"));
        });
        until("the error dialog shows", 5, () -> robot.lookup("#error-dialog").tryQuery().isPresent());

        assertThat(robot.lookup("#error-message").queryAs(Label.class).getText())
                .contains("disk full (IOException)", "Porthole keeps running", "porthole.log");
        robot.clickOn("#error-copy");
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).contains("java.lang.IllegalStateException: the sky fell", "Caused by: java.io.IOException",
                "at ");
        assertThat(robot.lookup("#error-dialog").tryQuery()).as("copying keeps the dialog open").isPresent();

        robot.clickOn("Close");
        robot.clickOn("#nav-images");
        assertThat(robot.lookup("#nav-images").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(onFx(stage::isShowing)).isTrue();
        Path log = Path.of(System.getProperty("porthole.logDir")).resolve("porthole.log");
        assertThat(Files.readString(log)).contains("Unexpected error on thread JavaFX Application Thread",
                "the sky fell");
    }

    @Test
    void aStormOfTheSameErrorShowsOneDialogThatCountsThem() throws Exception {
        IllegalStateException same = new IllegalStateException("again and again");
        for (int i = 0; i < 200; i++) {
            Platform.runLater(() -> {
                throw same;
            });
        }
        until("the error dialog shows", 10, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        // every throw was queued before the dialog opened, so all are counted by now
        WaitForAsyncUtils.waitForFxEvents();
        Thread worker = Thread.ofPlatform().start(() -> {
            throw new UnsupportedOperationException("elsewhere");
        });
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#error-dialog").queryAll()).hasSize(1);
        assertThat(robot.lookup("#error-count").queryAs(Label.class).getText())
                .isEqualTo("This happened 200 times. 1 other unexpected error since: see the log. ");
        robot.clickOn("Close");
        assertThat(robot.lookup("#error-dialog").tryQuery()).isEmpty();
        assertThat(onFx(stage::isShowing)).isTrue();
    }
}
