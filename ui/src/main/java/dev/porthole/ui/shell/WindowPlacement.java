package dev.porthole.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a stage where {@link WindowState} says, and keeps its last normal (not maximised, not minimised) bounds so
 * they can be saved: a maximised window's own bounds are the screen's.
 */
public final class WindowPlacement {

    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    private WindowPlacement(Stage stage, WindowState state) {
        this.stage = stage;
        this.x = state.x();
        this.y = state.y();
        this.width = state.width();
        this.height = state.height();
    }

    /** Sizes and places {@code stage} (before it is shown) and starts tracking its normal bounds. */
    public static WindowPlacement apply(Stage stage, WindowState saved) {
        WindowState state = saved.fitTo(screens());
        WindowPlacement placement = new WindowPlacement(stage, state);
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        if (state.hasPosition()) {
            stage.setX(state.x());
            stage.setY(state.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(state.maximized());
        stage.xProperty().addListener((obs, was, now) -> placement.remember());
        stage.yProperty().addListener((obs, was, now) -> placement.remember());
        stage.widthProperty().addListener((obs, was, now) -> placement.remember());
        stage.heightProperty().addListener((obs, was, now) -> placement.remember());
        return placement;
    }

    private void remember() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen() || !stage.isShowing()) {
            return;
        }
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    /** The state to save now. */
    public WindowState snapshot(String lastPage) {
        remember();
        return new WindowState(x, y, width, height, stage.isMaximized(), lastPage);
    }

    /** Visual bounds of every screen, primary first. */
    static List<Rectangle2D> screens() {
        List<Rectangle2D> list = new ArrayList<>();
        Screen primary = Screen.getPrimary();
        list.add(primary.getVisualBounds());
        for (Screen s : Screen.getScreens()) {
            if (!s.equals(primary)) {
                list.add(s.getVisualBounds());
            }
        }
        return list;
    }
}
