package dev.porthole.ui.tour;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where the callout goes: beside the cut-out (right, left, below, above, in that order of preference), else over
 * its lower right corner, and always inside the window with a margin.
 */
final class CalloutPlacement {

    static final double MARGIN = 12;
    static final double GAP = 14;

    private CalloutPlacement() {
    }

    /**
     * @param hole  the cut-out, or null to centre the callout
     * @param w     callout width
     * @param h     callout height
     * @param areaW window width
     * @param areaH window height
     * @return the callout's bounds
     */
    static Bounds place(Bounds hole, double w, double h, double areaW, double areaH) {
        double x;
        double y;
        if (hole == null) {
            x = (areaW - w) / 2;
            y = (areaH - h) / 2;
        } else if (hole.getMaxX() + GAP + w <= areaW - MARGIN) {
            x = hole.getMaxX() + GAP;
            y = hole.getMinY();
        } else if (hole.getMinX() - GAP - w >= MARGIN) {
            x = hole.getMinX() - GAP - w;
            y = hole.getMinY();
        } else if (hole.getMaxY() + GAP + h <= areaH - MARGIN) {
            x = hole.getMinX();
            y = hole.getMaxY() + GAP;
        } else if (hole.getMinY() - GAP - h >= MARGIN) {
            x = hole.getMinX();
            y = hole.getMinY() - GAP - h;
        } else {
            // the target fills the window: sit inside it, in its lower right corner
            x = hole.getMaxX() - w - 2 * MARGIN;
            y = hole.getMaxY() - h - 2 * MARGIN;
        }
        return new BoundingBox(clamp(x, w, areaW), clamp(y, h, areaH), w, h);
    }

    private static double clamp(double v, double size, double area) {
        return Math.max(MARGIN, Math.min(v, area - size - MARGIN));
    }
}
