package dev.porthole.ui;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.containers.ContainersPage;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.dashboard.DashboardPage;
import dev.porthole.ui.editor.EditorPage;
import dev.porthole.ui.images.ImagesPage;
import dev.porthole.ui.layers.LayersPage;
import dev.porthole.ui.lists.TestConnections;
import dev.porthole.ui.networks.NetworksPage;
import dev.porthole.ui.shell.LabelPage;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.PagesWindow;
import dev.porthole.ui.volumes.VolumesPage;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every icon-only button of every page says what it does twice: a tooltip for the mouse and an accessible text
 * for a screen reader. The pages are the app's own, built as MainApp builds them (the engine is not needed).
 */
@ExtendWith(ApplicationExtension.class)
class IconButtonAccessibilityTest {

    @TempDir
    static Path configDir;

    private PagesWindow ui;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ui = new PagesWindow(TestConnections.neverStarted(), 2, (connection, tasks, shell) -> List.of(
                new DashboardPage(connection, tasks, shell), new ContainersPage(connection, tasks),
                new ImagesPage(connection, tasks, shell), new LayersPage(connection, tasks),
                new VolumesPage(connection, tasks), new NetworksPage(connection, tasks),
                new EditorPage(configDir, connection, tasks, shell), LabelPage.learn()), Set.of());
        ui.show(stage, 1400, 900);
    }

    @AfterEach
    void close() throws Exception {
        ui.close();
    }

    @Test
    void everyIconOnlyButtonOnEveryPageHasATooltipAndAccessibleText(FxRobot robot) throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Page page : ui.pages) {
            robot.interact(() -> ui.shell.showPage(page.id()));
            WaitForAsyncUtils.waitForFxEvents();
            List<ButtonBase> iconOnly = WaitForAsyncUtils.asyncFx(() -> iconOnlyButtons(ui.window)).get();
            checked += iconOnly.size();
            for (ButtonBase b : iconOnly) {
                String problem = problem(b);
                if (problem != null) {
                    problems.add(page.id() + ": " + describe(b) + " " + problem);
                }
            }
        }
        assertThat(problems).as("icon-only buttons without a tooltip or accessible text").isEmpty();
        // the walk reached the toolbars: the containers page alone has a dozen icon buttons
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void theWalkFindsAnIconButtonThatSaysNothing() {
        Button mute = new Button(null, Controls.icon(AppIcon.REFRESH));
        Button said = new Button(null, Controls.icon(AppIcon.REFRESH));
        said.setTooltip(new Tooltip("Reload"));
        said.setAccessibleText("Reload");
        Button worded = new Button("Reload", Controls.icon(AppIcon.REFRESH));
        TabPane tabs = new TabPane(new Tab("hidden", new VBox(mute)));

        List<ButtonBase> found = iconOnlyButtons(new VBox(new ToolBar(said, worded), tabs));

        assertThat(found).containsExactlyInAnyOrder(mute, said);
        assertThat(problem(mute)).isNotNull();
        assertThat(problem(said)).isNull();
    }

    /** What an icon-only button lacks, or null. */
    static String problem(ButtonBase b) {
        boolean tip = b.getTooltip() != null && b.getTooltip().getText() != null
                && !b.getTooltip().getText().isBlank();
        boolean text = b.getAccessibleText() != null && !b.getAccessibleText().isBlank();
        return tip && text ? null : tip ? "has no accessible text" : text ? "has no tooltip" : "has neither";
    }

    private static String describe(ButtonBase b) {
        return b.getClass().getSimpleName() + (b.getId() != null ? "#" + b.getId() : "")
                + " " + b.getStyleClass();
    }

    /** Every Button, ToggleButton and MenuButton under {@code root} showing a graphic and no words. */
    static List<ButtonBase> iconOnlyButtons(Node root) {
        List<ButtonBase> found = new ArrayList<>();
        walk(root, found, new IdentityHashMap<>());
        return found;
    }

    private static void walk(Node node, List<ButtonBase> found, Map<Node, Boolean> seen) {
        if (node == null || seen.put(node, true) != null) {
            return;
        }
        if (node instanceof ButtonBase b && b.getGraphic() != null
                && (b.getText() == null || b.getText().isBlank())) {
            found.add(b);
        }
        // content that is not (yet) in the scene graph: other tabs, split items, toolbar overflow, scroll content
        if (node instanceof TabPane tabs) {
            tabs.getTabs().forEach(t -> walk(t.getContent(), found, seen));
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(n -> walk(n, found, seen));
        }
        if (node instanceof ToolBar bar) {
            bar.getItems().forEach(n -> walk(n, found, seen));
        }
        if (node instanceof ScrollPane scroll) {
            walk(scroll.getContent(), found, seen);
        }
        if (node instanceof Labeled labeled && !(node instanceof ButtonBase)) {
            walk(labeled.getGraphic(), found, seen);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(n -> walk(n, found, seen));
        }
    }
}
