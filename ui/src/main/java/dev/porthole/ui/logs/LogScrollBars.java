package dev.porthole.ui.logs;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;

import java.util.function.DoubleConsumer;

/**
 * A {@link LogViewport}'s scroll bars: the vertical one counts lines (rows may differ in height), the horizontal
 * one pixels. Moving one by hand is reported; setting them from the layout is not.
 */
final class LogScrollBars {

    final ScrollBar vertical = new ScrollBar();
    final ScrollBar horizontal = new ScrollBar();
    private boolean setting;

    /**
     * @param toLine  gets the line position the user moved the vertical bar to
     * @param toPixel gets the pixel offset the user moved the horizontal bar to
     */
    LogScrollBars(DoubleConsumer toLine, DoubleConsumer toPixel) {
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setManaged(false);
        horizontal.setManaged(false);
        horizontal.setVisible(false);
        vertical.valueProperty().addListener((o, a, now) -> {
            if (!setting) {
                toLine.accept(now.doubleValue());
            }
        });
        horizontal.valueProperty().addListener((o, a, now) -> {
            if (!setting) {
                toPixel.accept(now.doubleValue());
            }
        });
    }

    /**
     * Shows where the view is.
     *
     * @param lines  how many lines there are
     * @param rows   how many rows of the fixed height the view holds
     * @param top    the line position at the top (fractional: part of that line is above the view)
     * @param atEnd  whether the view rests on the end
     * @param widest the widest row in view, in pixels
     * @param width  the view's width
     * @param left   how far the view is scrolled sideways, in pixels
     */
    void show(int lines, double rows, double top, boolean atEnd, double widest, double width, double left) {
        setting = true;
        try {
            double max = Math.max(0, lines - rows);
            vertical.setMax(max);
            vertical.setVisibleAmount(Math.min(rows, Math.max(1, max)));
            vertical.setBlockIncrement(Math.max(1, rows - 1));
            vertical.setUnitIncrement(1);
            vertical.setValue(atEnd ? max : Math.clamp(top, 0, max));
            horizontal.setMax(Math.max(0, widest - width));
            horizontal.setVisibleAmount(width);
            horizontal.setUnitIncrement(LogViewport.ROW_HEIGHT);
            horizontal.setBlockIncrement(width);
            horizontal.setValue(left);
        } finally {
            setting = false;
        }
    }

    /** The vertical bar's end: the line position that rests the view on the last line. */
    double endPosition() {
        return vertical.getMax();
    }
}
