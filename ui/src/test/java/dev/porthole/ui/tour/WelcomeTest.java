package dev.porthole.ui.tour;

import dev.porthole.ui.MainApp;
import javafx.scene.input.KeyCode;
import dev.porthole.ui.shell.AppRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.porthole.ui.shell.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

/** The first-start welcome through the real app: offered once, never again after it is answered. */
class WelcomeTest {

    @TempDir
    Path configDir;

    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        TourChecks.patientSetup();
    }

    @AfterEach
    void noWindowLeft() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void notNowAnswersTheWelcomeAndTheNextStartDoesNotOfferItAgain() throws Exception {
        AppRun.with(() -> new MainApp(configDir, true), first -> {
            assertThat(robot.lookup("#welcome-card").tryQuery()).isPresent();
            assertThat(robot.lookup("#welcome-title").queryLabeled().getText()).isEqualTo("Welcome to Porthole");

            robot.clickOn("#welcome-later");

            assertThat(robot.lookup("#welcome-card").tryQuery()).isEmpty();
            assertThat(robot.lookup("#tour-overlay").tryQuery()).isEmpty();
            assertThat(Files.readString(configDir.resolve(WelcomeFlag.FILE_NAME))).contains("answer=later");
            // the window is usable again
            robot.clickOn("#nav-images");
            assertThat(robot.lookup("#nav-images").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                    .isTrue();
        });

        AppRun.with(() -> new MainApp(configDir, true), second -> {
            assertThat(robot.lookup("#welcome-card").tryQuery()).isEmpty();
            assertThat(robot.lookup("#tour-overlay").tryQuery()).isEmpty();
        });
    }

    @Test
    void takingTheTourStartsItAtTheFirstStepAndCountsAsAnAnswer() throws Exception {
        AppRun.with(() -> new MainApp(configDir, true), app -> {
            robot.clickOn("#welcome-start");

            assertThat(robot.lookup("#welcome-card").tryQuery()).isEmpty();
            until("the first callout shows", 10, () -> robot.lookup("#tour-callout").tryQuery().isPresent());
            assertThat(robot.lookup("#tour-count").queryLabeled().getText()).startsWith("1 of ");
            assertThat(Files.readString(configDir.resolve(WelcomeFlag.FILE_NAME))).contains("answer=tour");

            robot.type(KeyCode.ESCAPE);
            assertThat(robot.lookup("#tour-overlay").tryQuery()).isEmpty();
        });
        assertThat(new WelcomeFlag(configDir.resolve(WelcomeFlag.FILE_NAME)).answered()).isTrue();
    }

    @Test
    void escapeIsNotNowAndClosingWithoutAnAnswerOffersItAgain() throws Exception {
        MainApp first = (MainApp) FxToolkit.setupApplication(() -> new MainApp(configDir, true));
        FxToolkit.cleanupApplication(first);
        assertThat(configDir.resolve(WelcomeFlag.FILE_NAME)).doesNotExist();

        AppRun.with(() -> new MainApp(configDir, true), second -> {
            assertThat(robot.lookup("#welcome-card").tryQuery()).isPresent();
            robot.type(KeyCode.ESCAPE);
            assertThat(robot.lookup("#welcome-card").tryQuery()).isEmpty();
            assertThat(Files.readString(configDir.resolve(WelcomeFlag.FILE_NAME))).contains("answer=later");
        });
    }

    @Test
    void appsStartedForTestsAndBenchesNeverShowTheWelcome() throws Exception {
        AppRun.with(configDir, app -> {
            assertThat(robot.lookup("#nav-containers").tryQuery()).isPresent();
            assertThat(robot.lookup("#welcome-card").tryQuery()).isEmpty();
        });
    }
}
