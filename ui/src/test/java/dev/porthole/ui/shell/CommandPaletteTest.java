package dev.porthole.ui.shell;

import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.ui.commands.CommandRegistry;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import dev.porthole.ui.lists.TestConnections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.porthole.ui.shell.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/** The command palette and the menu bar, driven from the keyboard only; no engine needed. */
@ExtendWith(ApplicationExtension.class)
class CommandPaletteTest {

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

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.SHORTCUT, key).release(key, KeyCode.SHORTCUT);
    }

    private static boolean paletteShowing(FxRobot robot) {
        return robot.lookup("#palette-search").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false);
    }

    @SuppressWarnings("unchecked")
    private static ListView<CommandRegistry.Found> list(FxRobot robot) {
        return robot.lookup("#palette-list").queryAs(ListView.class);
    }

    private static List<String> shownNames(FxRobot robot) {
        return onFx(() -> list(robot).getItems().stream().map(f -> f.command().name()).toList());
    }

    private static String selectedName(FxRobot robot) {
        return onFx(() -> list(robot).getSelectionModel().getSelectedItem().command().name());
    }

    @Test
    void shortcutKOpensThePaletteAndAFuzzyQueryGoesToThePage(FxRobot robot) {
        shortcut(robot, KeyCode.K);

        assertThat(paletteShowing(robot)).isTrue();
        assertThat(onFx(() -> robot.lookup("#palette-search").queryAs(TextField.class).isFocused())).isTrue();
        // every page and the containers page's actions are there before anything is typed
        assertThat(shownNames(robot)).contains("Go to Images", "Go to Learn", "Stop container", "Preferences…");

        robot.write("go img");

        assertThat(selectedName(robot)).isEqualTo("Go to Images");
        robot.type(KeyCode.ENTER);

        assertThat(paletteShowing(robot)).isFalse();
        assertThat(onFx(shell::shownNode)).isSameAs(shell.images.view());
    }

    @Test
    void arrowsMoveTheSelectionAndEscapeCloses(FxRobot robot) {
        shortcut(robot, KeyCode.K);
        robot.write("go to");
        List<String> names = shownNames(robot);
        assertThat(names).hasSizeGreaterThanOrEqualTo(3);
        assertThat(selectedName(robot)).isEqualTo(names.get(0));

        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        assertThat(selectedName(robot)).isEqualTo(names.get(2));
        robot.type(KeyCode.UP);
        assertThat(selectedName(robot)).isEqualTo(names.get(1));

        robot.type(KeyCode.ESCAPE);

        assertThat(paletteShowing(robot)).isFalse();
        assertThat(onFx(() -> shell.model.currentPageProperty().get())).isEqualTo("containers");
    }

    @Test
    void aDisabledActionIsGreyedWithItsReasonAndEnterLeavesItAlone(FxRobot robot) {
        shortcut(robot, KeyCode.K);
        robot.write("stop cont");

        assertThat(selectedName(robot)).isEqualTo("Stop container");
        assertThat(onFx(() -> list(robot).getItems().getFirst().command().disabledReason()))
                .isEqualTo("Select a container first");
        assertThat(robot.lookup(".palette-reason").queryAs(Label.class).getText())
                .isEqualTo("Select a container first");
        assertThat(robot.lookup(".palette-shortcut").queryAs(Label.class).getText())
                .isEqualTo(new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN).getDisplayText());

        robot.type(KeyCode.ENTER);

        assertThat(paletteShowing(robot)).isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aQueryMatchingNothingSaysSo(FxRobot robot) {
        shortcut(robot, KeyCode.K);
        robot.write("zzqx");

        assertThat(shownNames(robot)).isEmpty();
        assertThat(onFx(() -> ((Label) list(robot).getPlaceholder()).getText())).contains("zzqx");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theMenuBarShowsEveryCommandWithItsShortcut(FxRobot robot) {
        MenuBar bar = onFx(() -> (MenuBar) shell.window.getTop());
        assertThat(onFx(bar::isUseSystemMenuBar)).isTrue();
        assertThat(onFx(() -> bar.getMenus().stream().map(Menu::getText).toList()))
                .containsExactly("File", "Edit", "View", "Actions", "Help");

        assertThat(accelerator(bar, "menu-app-preferences"))
                .isEqualTo(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        assertThat(accelerator(bar, "menu-app-palette"))
                .isEqualTo(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        assertThat(accelerator(bar, "menu-go-images"))
                .isEqualTo(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));
        assertThat(accelerator(bar, "menu-app-shortcuts")).isEqualTo(new KeyCodeCombination(KeyCode.F1));
        assertThat(item(bar, "menu-app-tutorial")).isNotNull();
        assertThat(accelerator(bar, "menu-container-stop")).isEqualTo(new KeyCodeCombination(KeyCode.X,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        assertThat(onFx(() -> item(bar, "menu-container-stop").isDisable())).as("nothing selected").isTrue();

        shortcut(robot, KeyCode.DIGIT3);

        // the Actions menu follows the page shown
        assertThat(item(bar, "menu-container-stop")).isNull();
        assertThat(onFx(() -> item(bar, "menu-image-run").getText())).isEqualTo("Run image…");
    }

    @Test
    void preferencesAndTheTutorialRunWhatTheAppHandsIn(FxRobot robot) {
        AtomicInteger preferences = new AtomicInteger();
        AtomicInteger tutorial = new AtomicInteger();
        robot.interact(() -> {
            shell.window.setOnPreferences(preferences::incrementAndGet);
            shell.window.setOnStartTutorial(tutorial::incrementAndGet);
        });

        shortcut(robot, KeyCode.COMMA);
        shortcut(robot, KeyCode.K);
        robot.write("tutorial").type(KeyCode.ENTER);

        assertThat(preferences.get()).isEqualTo(1);
        assertThat(tutorial.get()).isEqualTo(1);
    }

    @Test
    void f1ListsTheShortcutsFromTheRegistry(FxRobot robot) {
        robot.type(KeyCode.F1);

        Node list = robot.lookup("#shortcuts-list").query();
        List<String> texts = onFx(() -> list.lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(texts).contains("Command palette…", "Go to Images", "Stop container", "Run image…",
                new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
                "Delete");
        robot.type(KeyCode.ESCAPE);
    }

    private static MenuItem item(MenuBar bar, String id) {
        return onFx(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElse(null));
    }

    private static KeyCombination accelerator(MenuBar bar, String id) {
        MenuItem item = item(bar, id);
        assertThat(item).as("menu item #%s", id).isNotNull();
        return onFx(item::getAccelerator);
    }
}
