package dev.porthole.ui.tour;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.VLineTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dimmed layer over the whole window: a path covering everything except a rounded cut-out around the target,
 * a ring along the cut-out, and a card (the callout or the welcome) placed beside it. Clicks on the dim are
 * swallowed; clicks inside the cut-out reach the control under it.
 */
final class TourOverlay extends Pane {

    static final String STYLESHEET =
            Objects.requireNonNull(TourOverlay.class.getResource("tour.css")).toExternalForm();
    private static final double RADIUS = 8;

    private final Path dim = new Path();
    private final Rectangle ring = new Rectangle();
    private Node card;
    private Bounds hole;
    private Bounds cardBounds;

    TourOverlay() {
        setId("tour-overlay");
        getStyleClass().add("tour-overlay");
        getStylesheets().add(STYLESHEET);
        setPickOnBounds(false);
        dim.getStyleClass().add("tour-dim");
        dim.setFillRule(FillRule.EVEN_ODD);
        dim.setStrokeWidth(0);
        dim.setManaged(false);
        ring.getStyleClass().add("tour-ring");
        ring.setArcWidth(2 * RADIUS);
        ring.setArcHeight(2 * RADIUS);
        ring.setMouseTransparent(true);
        ring.setManaged(false);
        getChildren().addAll(dim, ring);
    }

    /** Shows this card (the callout or the welcome) on the overlay. */
    void setCard(Node next) {
        if (card == next) {
            return;
        }
        if (card != null) {
            getChildren().remove(card);
        }
        card = next;
        if (next != null) {
            next.setManaged(false);
            getChildren().add(next);
            next.applyCss();
        }
        requestLayout();
    }

    /** Cuts out these bounds (overlay coordinates), or nothing when null; the card goes beside it. */
    void setHole(Bounds next) {
        if (!Objects.equals(hole, next)) {
            hole = next;
            requestLayout();
        }
    }

    /** The cut-out now, in overlay (= scene) coordinates, or null. */
    Bounds hole() {
        return hole;
    }

    /** Where the card is now, in overlay (= scene) coordinates. */
    Bounds cardBounds() {
        return cardBounds;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        List<PathElement> elements = new ArrayList<>(List.of(
                new MoveTo(0, 0), new HLineTo(w), new VLineTo(h), new HLineTo(0), new ClosePath()));
        if (hole != null) {
            elements.addAll(roundedRect(hole, RADIUS));
        }
        dim.getElements().setAll(elements);
        ring.setVisible(hole != null);
        if (hole != null) {
            ring.setX(hole.getMinX());
            ring.setY(hole.getMinY());
            ring.setWidth(hole.getWidth());
            ring.setHeight(hole.getHeight());
        }
        if (card != null) {
            double cw = Math.min(card.prefWidth(-1), w - 2 * CalloutPlacement.MARGIN);
            double ch = Math.min(card.prefHeight(cw), h - 2 * CalloutPlacement.MARGIN);
            Bounds at = CalloutPlacement.place(hole, cw, ch, w, h);
            card.resizeRelocate(at.getMinX(), at.getMinY(), cw, ch);
            cardBounds = new BoundingBox(at.getMinX(), at.getMinY(), cw, ch);
        }
    }

    /** A rounded rectangle as path elements; inside the outer rectangle with EVEN_ODD it is a hole. */
    private static List<PathElement> roundedRect(Bounds b, double radius) {
        double r = Math.min(radius, Math.min(b.getWidth(), b.getHeight()) / 2);
        double x0 = b.getMinX();
        double y0 = b.getMinY();
        double x1 = b.getMaxX();
        double y1 = b.getMaxY();
        return List.of(new MoveTo(x0 + r, y0), new HLineTo(x1 - r), arc(r, x1, y0 + r),
                new VLineTo(y1 - r), arc(r, x1 - r, y1), new HLineTo(x0 + r), arc(r, x0, y1 - r),
                new LineTo(x0, y0 + r), arc(r, x0 + r, y0), new ClosePath());
    }

    private static ArcTo arc(double r, double x, double y) {
        return new ArcTo(r, r, 0, x, y, false, true);
    }
}
