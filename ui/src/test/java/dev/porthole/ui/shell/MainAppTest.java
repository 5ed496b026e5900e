package dev.porthole.ui.shell;

import dev.porthole.ui.MainApp;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.porthole.ui.shell.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The composition root: what a run leaves in its settings folder, the next run picks up. */
class MainAppTest {

    @TempDir
    Path configDir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeEach
    void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        // building the whole app cold on a busy machine takes longer than TestFX's 10 s default: wait, not time
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @AfterEach
    void noWindowLeft() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void sizePositionThemeAndLastPageSurviveARestart() throws Exception {
        MainApp first = (MainApp) FxToolkit.setupApplication(() -> new MainApp(configDir));
        robot.clickOn("#nav-images").clickOn("#theme-toggle");
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
        });

        FxToolkit.cleanupApplication(first);

        Path file = configDir.resolve("window.properties");
        assertThat(Files.readString(file)).contains("lastPage=images", "width=900.0", "height=640.0",
                "x=40.0", "y=30.0");
        // the theme is a preference now
        assertThat(Files.readString(configDir.resolve("preferences.properties"))).contains("theme=LIGHT");

        AppRun.with(configDir, second -> {
            assertThat(robot.lookup("#nav-images").queryAs(ToggleButton.class).isSelected()).isTrue();
            assertThat(robot.lookup("#theme-toggle").queryLabeled().getText()).isEqualTo("Light");
            assertThat(onFx(() -> new double[]{stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()}))
                    .containsExactly(40, 30, 900, 640);
        });
    }

    @Test
    void aDamagedSettingsFileStillOpensTheWindowOnTheContainersPage() throws Exception {
        Files.write(configDir.resolve("window.properties"), new byte[]{(byte) 0xff, 0, '=', '\\', 'u', '1'});

        AppRun.with(configDir, app -> {
            assertThat(robot.lookup("#nav-containers").queryAs(ToggleButton.class).isSelected()).isTrue();
            assertThat(onFx(stage::isShowing)).isTrue();
        });
    }

    @Test
    void theWindowCarriesThePortholeIconInEverySizeFrom16To256() throws Exception {
        AppRun.with(configDir, app -> {
            assertThat(onFx(() -> stage.getIcons().stream()
                    .filter(i -> !i.isError()).map(i -> (int) i.getWidth()).toList()))
                    .containsExactly(16, 24, 32, 48, 64, 128, 256);
        });
    }
}
