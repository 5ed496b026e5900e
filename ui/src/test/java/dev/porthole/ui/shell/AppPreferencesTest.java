package dev.porthole.ui.shell;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
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
import static dev.porthole.ui.shell.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

/** The preferences inside the running app: how to open them, the theme applied live, damaged files, migration. */
class AppPreferencesTest {

    @TempDir
    Path configDir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeEach
    void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void noWindowLeft() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theGearOpensThePreferencesAndASavedThemeAppliesAtOnceAndOnTheNextStart() throws Exception {
        AppRun.with(configDir, app -> {
            assertThat(robot.lookup("#open-preferences").queryButton().getTooltip().getText())
                    .isEqualTo("Preferences (Ctrl+,)");
            robot.clickOn("#open-preferences");
            robot.interact(() -> robot.lookup("#prefs-theme").<Theme.Mode>queryComboBox().setValue(Theme.Mode.DARK));
            robot.clickOn("#prefs-save");

            assertThat(robot.lookup("#theme-toggle").queryLabeled().getText()).isEqualTo("Dark");
            Node root = robot.lookup("#sidebar").query().getParent();
            assertThat(onFx(() -> root.getPseudoClassStates().contains(Theme.DARK))).isTrue();
            assertThat(Files.readString(configDir.resolve("preferences.properties"))).contains("theme=DARK");
        });

        AppRun.with(configDir, again -> {
            assertThat(robot.lookup("#theme-toggle").queryLabeled().getText()).isEqualTo("Dark");
        });
    }

    @Test
    void shortcutCommaOpensThePreferences() throws Exception {
        AppRun.with(configDir, app -> {
            robot.clickOn("#nav-containers").press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
            until("the preferences window shows", 5, () -> robot.lookup("#preferences").tryQuery().isPresent());
            robot.clickOn("#prefs-cancel");
            assertThat(robot.lookup("#preferences").tryQuery()).isEmpty();
        });
    }

    @Test
    void aDamagedPreferencesFileIsToldOnceAtStartAndKeptAside() throws Exception {
        Files.write(configDir.resolve("preferences.properties"), new byte[]{(byte) 0xff, 0, '=', '\\', 'u', '1'});

        AppRun.with(configDir, app -> {
            until("the damaged-file message shows", 5,
                    () -> robot.lookup("#preferences-damaged").tryQuery().isPresent());
            assertThat(robot.lookup("#preferences-damaged .content").queryLabeled().getText())
                    .contains("is damaged", "default preferences", "kept as");
            robot.clickOn("OK");
            assertThat(onFx(stage::isShowing)).as("the app runs on").isTrue();
            assertThat(app.preferences().loadProblemProperty().get()).as("told once").isNull();
            try (var files = Files.list(configDir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .anyMatch(n -> n.startsWith("preferences.properties.damaged-"));
            }
        });
    }

    @Test
    void theThemeOlderVersionsSavedWithTheWindowBecomesThePreference() throws Exception {
        Files.writeString(configDir.resolve("window.properties"), "lastPage=images\ntheme=LIGHT\n");

        AppRun.with(configDir, app -> {
            assertThat(robot.lookup("#theme-toggle").queryLabeled().getText()).isEqualTo("Light");
            assertThat(Files.readString(configDir.resolve("preferences.properties"))).contains("theme=LIGHT");
        });
        assertThat(Files.readString(configDir.resolve("window.properties"))).doesNotContain("theme");
    }
}
