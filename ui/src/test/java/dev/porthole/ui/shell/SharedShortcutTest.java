package dev.porthole.ui.shell;

import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.engine.docker.DockerEngineFactory;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.commands.Command;
import javafx.application.ColorScheme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages may give the same key to their own actions (F5, Shortcut+Delete…): it runs the shown page's. */
@ExtendWith(ApplicationExtension.class)
class SharedShortcutTest {

    private static final KeyCombination KEY =
            new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    /** A page with one action on KEY, counting its runs. */
    private static final class CountingPage extends AbstractPage {
        int runs;

        CountingPage(String id) {
            super(id, id, AppIcon.INFO);
            List<Command> commands = List.of(Command.action(id + ".act", "Act on " + id, () -> runs++)
                    .withShortcut(KEY));
            show(new Label(id), () -> commands);
        }
    }

    private CountingPage first;
    private CountingPage second;
    private final FxTaskRunner tasks = new FxTaskRunner(1);
    private ShellModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        first = new CountingPage("first");
        second = new CountingPage("second");
        SupervisedEngineConnection connection = new SupervisedEngineConnection(() -> {
            throw new IllegalStateException("never started");
        }, new DockerEngineFactory());
        model = new ShellModel(connection, tasks);
        window = new MainWindow(model, List.of(first, second), Set.of(),
                new Theme(new SimpleObjectProperty<>(ColorScheme.LIGHT)));
        stage.setScene(new Scene(window, 900, 600));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.close();
            model.close();
        }).get();
        tasks.close();
    }

    private static void press(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    @Test
    void theKeyRunsTheActionOfThePageShownAfterEveryPageChange(FxRobot robot) {
        press(robot, KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.X);
        assertThat(first.runs).isEqualTo(1);

        press(robot, KeyCode.SHORTCUT, KeyCode.DIGIT2);
        press(robot, KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.X);
        assertThat(second.runs).isEqualTo(1);

        press(robot, KeyCode.SHORTCUT, KeyCode.DIGIT1);
        press(robot, KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.X);

        assertThat(first.runs).isEqualTo(2);
        assertThat(second.runs).isEqualTo(1);
    }
}
