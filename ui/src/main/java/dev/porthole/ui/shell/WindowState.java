package dev.porthole.ui.shell;

import javafx.geometry.Rectangle2D;

import java.util.List;

/**
 * Where the main window was, how big, whether maximised and the last page shown (the theme is a preference).
 *
 * @param x         left edge of the normal (not maximised) window, or NaN to let the window centre itself
 * @param y         top edge, or NaN
 * @param width     normal width
 * @param height    normal height
 * @param maximized whether the window was maximised
 * @param lastPage  id of the page shown last
 */
public record WindowState(double x, double y, double width, double height, boolean maximized, String lastPage) {

    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;
    /** How much of the window's top must lie on a screen for the user to be able to grab it. */
    private static final double GRAB_WIDTH = 120;
    private static final double GRAB_HEIGHT = 40;

    public static final WindowState DEFAULT =
            new WindowState(Double.NaN, Double.NaN, 1200, 780, false, "containers");

    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /**
     * This state made fit for the given screens (visual bounds, primary first): a window larger than the primary
     * screen shrinks to it, and a position that leaves the title bar off every screen is dropped so the window
     * centres itself on the primary one.
     */
    public WindowState fitTo(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D primary = screens.getFirst();
        double w = Math.max(MIN_WIDTH, Math.min(width, primary.getWidth()));
        double h = Math.max(MIN_HEIGHT, Math.min(height, primary.getHeight()));
        boolean visible = hasPosition() && screens.stream().anyMatch(s -> titleBarVisible(s, x, y, w));
        return new WindowState(visible ? x : Double.NaN, visible ? y : Double.NaN, w, h, maximized, lastPage);
    }

    private static boolean titleBarVisible(Rectangle2D screen, double x, double y, double w) {
        double overlapW = Math.min(x + w, screen.getMaxX()) - Math.max(x, screen.getMinX());
        double overlapH = Math.min(y + GRAB_HEIGHT, screen.getMaxY()) - Math.max(y, screen.getMinY());
        return overlapW >= Math.min(GRAB_WIDTH, w) && overlapH >= GRAB_HEIGHT / 2;
    }

    public WindowState withLastPage(String page) {
        return new WindowState(x, y, width, height, maximized, page);
    }
}
