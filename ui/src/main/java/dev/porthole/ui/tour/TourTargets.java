package dev.porthole.ui.tour;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;

/** Whether a control can be pointed at, and the cut-out around it. */
final class TourTargets {

    private TourTargets() {
    }

    /** True when the node and all its parents are visible, it is in the overlay's scene and on screen. */
    static boolean shows(Node node, TourOverlay overlay, Bounds area) {
        if (node.getScene() == null || node.getScene() != overlay.getScene()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n == overlay) {
                return false;
            }
        }
        Bounds b = bounds(node, overlay);
        return b.getWidth() > 0 && b.getHeight() > 0 && b.intersects(area);
    }

    /** The node's bounds in overlay coordinates. */
    static Bounds bounds(Node node, TourOverlay overlay) {
        return overlay.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    }

    /** The node's bounds grown by {@code pad}, kept inside {@code area}. */
    static Bounds hole(Node node, TourOverlay overlay, Bounds area, double pad) {
        Bounds b = bounds(node, overlay);
        double x0 = Math.max(area.getMinX(), b.getMinX() - pad);
        double y0 = Math.max(area.getMinY(), b.getMinY() - pad);
        double x1 = Math.min(area.getMaxX(), b.getMaxX() + pad);
        double y1 = Math.min(area.getMaxY(), b.getMaxY() + pad);
        return new BoundingBox(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }
}
