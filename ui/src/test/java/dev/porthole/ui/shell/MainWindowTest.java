package dev.porthole.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.porthole.engine.SupervisedEngineConnection;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import dev.porthole.ui.lists.TestConnections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static dev.porthole.ui.shell.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The window with its connection not started: navigation and theme need no engine. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final List<String> PAGE_IDS =
            List.of("dashboard", "containers", "images", "volumes", "networks", "dockerfile", "learn");

    private ShellFixture shell;

    @Start
    void start(Stage stage) {
        SupervisedEngineConnection connection = TestConnections.neverStarted();
        shell = new ShellFixture(connection, stage);
    }

    @AfterEach
    void closeShell() throws Exception {
        shell.closeOnFx();
    }

    @Test
    void eachSidebarEntryShowsItsPageAndIsTheOnlyOneSelected(FxRobot robot) {
        for (Page page : shell.pages) {
            robot.clickOn("#nav-" + page.id());

            assertThat(onFx(shell::shownNode)).as("page shown after clicking #nav-%s", page.id())
                    .isSameAs(page.view());
            assertThat(onFx(() -> page.view().isVisible() && page.view().getScene() != null)).isTrue();
            for (String id : PAGE_IDS) {
                ToggleButton entry = robot.lookup("#nav-" + id).queryAs(ToggleButton.class);
                assertThat(entry.isSelected()).as("#nav-%s selected while %s shows", id, page.id())
                        .isEqualTo(id.equals(page.id()));
            }
        }
        assertThat(onFx(() -> shell.model.currentPageProperty().get())).isEqualTo("learn");
    }

    @Test
    void shortcutDigitsJumpToPagesInSidebarOrder(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHORTCUT);

        assertThat(onFx(shell::shownNode)).isSameAs(shell.images.view());

        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.SHORTCUT);

        assertThat(robot.lookup("#nav-learn").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void clickingTheSelectedEntryAgainKeepsItSelected(FxRobot robot) {
        robot.clickOn("#nav-images").clickOn("#nav-images");

        assertThat(robot.lookup("#nav-images").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(onFx(shell::shownNode)).isSameAs(shell.images.view());
    }

    @Test
    void anotherPageCanAskForAContainerAndTheContainersPageShows(FxRobot robot) {
        robot.clickOn("#nav-images");

        robot.interact(() -> shell.model.showContainer("does-not-matter"));

        assertThat(onFx(shell::shownNode)).isSameAs(shell.containers.view());
        assertThat(robot.lookup("#nav-containers").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void themeToggleCyclesSystemLightDarkAndMarksTheRootDark(FxRobot robot) {
        Node root = shell.window;
        Labeled toggle = robot.lookup("#theme-toggle").queryLabeled();
        assertThat(toggle.getText()).isEqualTo("System (light)");
        assertThat(isDark(root)).isFalse();

        robot.clickOn("#theme-toggle");
        assertThat(toggle.getText()).isEqualTo("Light");
        assertThat(isDark(root)).isFalse();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());

        robot.clickOn("#theme-toggle");
        assertThat(toggle.getText()).isEqualTo("Dark");
        assertThat(isDark(root)).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());

        robot.clickOn("#theme-toggle");
        assertThat(toggle.getText()).isEqualTo("System (light)");
        assertThat(isDark(root)).isFalse();
    }

    @Test
    void systemModeFollowsTheOsWhenItChanges(FxRobot robot) {
        Node root = shell.window;

        robot.interact(() -> shell.systemScheme.set(ColorScheme.DARK));
        assertThat(isDark(root)).isTrue();
        assertThat(robot.lookup("#theme-toggle").queryLabeled().getText()).isEqualTo("System (dark)");

        robot.interact(() -> shell.systemScheme.set(ColorScheme.LIGHT));
        assertThat(isDark(root)).isFalse();
    }

    @Test
    void statusBarSaysItIsConnectingBeforeAnyEngineAnswered(FxRobot robot) {
        assertThat(robot.lookup("#status-state").queryLabeled().getText()).isEqualTo("Connecting…");
        assertThat(robot.lookup("#status-engine").queryLabeled().isVisible()).isFalse();
    }

    private static boolean isDark(Node root) {
        return onFx(() -> root.getPseudoClassStates().contains(Theme.DARK));
    }
}
