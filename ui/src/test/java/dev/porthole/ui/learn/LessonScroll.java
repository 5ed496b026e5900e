package dev.porthole.ui.learn;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls the lesson so a node is in view, as a user would before clicking it. */
final class LessonScroll {

    private LessonScroll() {
    }

    static void reveal(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane scroll = robot.lookup("#lesson-scroll").queryAs(ScrollPane.class);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            scroll.layout();
            Bounds b = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 60) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
