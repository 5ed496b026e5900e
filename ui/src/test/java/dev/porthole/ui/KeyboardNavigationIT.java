package dev.porthole.ui;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.engine.Engine;
import dev.porthole.model.ContainerState;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.containers.ContainersPage;
import dev.porthole.ui.images.ImagesPage;
import dev.porthole.ui.lists.TestConnections;
import dev.porthole.ui.shell.LabelPage;
import dev.porthole.ui.shell.PagesWindow;
import dev.porthole.ui.volumes.VolumesPage;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.porthole.ui.shell.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages driven by the keyboard alone against the real engine: page shortcuts, Shortcut+F, Tab into the
 * table, Home, Enter, Delete, and the command palette running a container action. No mouse event is sent.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardNavigationIT {

    private static Engine engine;
    private static String name;
    private static String image;

    private PagesWindow ui;
    private Scene scene;

    @BeforeAll
    static void createContainer() {
        engine = TestEngines.assumeEngine();
        name = TestImages.uniqueName("keys");
        image = TestImages.busybox(engine);
        TestImages.runSleeper(engine, name);
    }

    @AfterAll
    static void removeContainer() {
        TestImages.cleanupAndClose(engine);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ui = new PagesWindow(TestConnections.toTestEngine(), 3, (connection, tasks, shell) -> {
            ContainersPage containers = new ContainersPage(connection, tasks, url -> { });
            shell.setContainerSelector(containers::select);
            return List.of(containers, new ImagesPage(connection, tasks, shell), new VolumesPage(connection, tasks),
                    LabelPage.learn());
        }, Set.of("containers", "images", "volumes"));
        ui.connection.start();
        scene = ui.show(stage, 1300, 820);
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void containersAndImagesAreUsableWithoutAMouse(FxRobot robot) throws Exception {
        keys(robot, KeyCode.SHORTCUT, KeyCode.DIGIT1);
        TableView<?> containers = robot.lookup("#containers-table").queryAs(TableView.class);

        // Shortcut+F: the filter; then Tab until the table has the focus
        keys(robot, KeyCode.SHORTCUT, KeyCode.F);
        assertThat(onFx(() -> scene.getFocusOwner().getId())).isEqualTo("container-filter");
        robot.write(name);
        until("only our container shows", () -> containers.getItems().size() == 1, 30);
        tabUntil(robot, containers);
        robot.type(KeyCode.HOME);
        assertThat(onFx(() -> containers.getSelectionModel().getSelectedIndex())).isZero();

        // Enter: the details, with the focus in them
        robot.type(KeyCode.ENTER);
        until("the details have the focus", () -> isInside(scene.getFocusOwner(), "container-details"));

        // the palette stops the selected container
        keys(robot, KeyCode.SHORTCUT, KeyCode.K);
        robot.write("stop cont");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> engine.findContainer(name).state() != ContainerState.RUNNING);

        // Delete on the table asks first; Escape keeps the container
        tabUntil(robot, containers);
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        assertThat(engine.findContainer(name)).isNotNull();

        // the menu key opens the row's actions, Escape closes them
        tabUntil(robot, containers);
        robot.type(KeyCode.CONTEXT_MENU);
        until("the row's actions show", () -> containers.getContextMenu().isShowing());
        robot.type(KeyCode.ESCAPE);
        until("the row's actions close", () -> !containers.getContextMenu().isShowing());

        // Shortcut+2: the images page; Tab from the sidebar reaches its table, Enter opens the history
        keys(robot, KeyCode.SHORTCUT, KeyCode.DIGIT2);
        TableView<?> images = robot.lookup("#image-table").queryAs(TableView.class);
        until("images are listed", () -> !images.getItems().isEmpty());
        keys(robot, KeyCode.SHORTCUT, KeyCode.F);
        robot.write(image.substring(0, image.lastIndexOf(':')));
        until("the filter applied", () -> !images.getItems().isEmpty() && images.getItems().size() < 20);
        tabUntil(robot, images);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.ENTER);
        until("the history shows", () -> robot.lookup("#image-history-table").tryQuery().isPresent());
    }

    /** Presses the keys together, releases them in reverse. */
    private static void keys(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
    }

    /**
     * Presses Tab until {@code target} has the focus; fails after a whole cycle of the window's controls (with the
     * details open the cycle is longer than 25: sidebar, toolbar, table, every field of the details).
     */
    private void tabUntil(FxRobot robot, Node target) {
        for (int i = 0; i < 120; i++) {
            if (onFx(target::isFocused)) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached " + target.getId() + "; focus is on "
                + onFx(() -> scene.getFocusOwner()));
    }

    private static boolean isInside(Node node, String ancestorId) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (ancestorId.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    private static void until(String what, Callable<Boolean> condition) throws TimeoutException {
        until(what, condition, 20);
    }

    private static void until(String what, Callable<Boolean> condition, int seconds) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(onFx(condition)));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + seconds + " s waiting until " + what, e);
        }
    }
}
