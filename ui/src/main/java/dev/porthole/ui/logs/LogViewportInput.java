package dev.porthole.ui.logs;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * What the mouse, wheel and keys do in a {@link LogViewport}: click and drag select a run of lines (Shift
 * extends it), the wheel scrolls (sideways with Shift, without wrap), arrows, Page Up/Down, Home and End move the
 * selection and keep it in view, Shortcut+A selects every line.
 */
final class LogViewportInput {

    private final LogViewport viewport;
    private final ShownLines lines;
    private final LogSelection selection;

    LogViewportInput(LogViewport viewport, ShownLines lines, LogSelection selection) {
        this.viewport = viewport;
        this.lines = lines;
        this.selection = selection;
    }

    void scrolled(ScrollEvent e) {
        boolean sideways = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) || e.isShiftDown();
        if (sideways && !viewport.wraps()) {
            viewport.scrollSideways(-(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()));
        } else {
            viewport.scrollByPixels(-e.getDeltaY());
        }
        e.consume();
    }

    private LogRow rowAt(double y) {
        LogRow nearest = null;
        for (LogRow row : viewport.rowsInView()) {
            if (nearest == null || y >= row.getLayoutY()) {
                nearest = row;
            }
        }
        return nearest;
    }

    void pressed(MouseEvent e) {
        viewport.requestFocus();
        LogRow row = rowAt(e.getY());
        if (row == null || e.getButton() == MouseButton.SECONDARY && selection.contains(row.serial())) {
            return;
        }
        int index = indexOf(row);
        if (index < 0) {
            return;
        }
        if (e.isShiftDown()) {
            selection.extendTo(index);
        } else {
            selection.select(index);
        }
        viewport.refreshSelection();
    }

    /** Where the line a row shows is now (its own index may be a frame old), or -1 when it has left. */
    private int indexOf(LogRow row) {
        int index = lines.indexAtOrAfter(row.serial());
        return index < lines.size() && lines.serialAt(index) == row.serial() ? index : -1;
    }

    void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (e.getY() < 0) {
            viewport.scrollByPixels(-LogViewport.ROW_HEIGHT);
        } else if (e.getY() > viewport.linesHeight()) {
            viewport.scrollByPixels(LogViewport.ROW_HEIGHT);
        }
        LogRow row = rowAt(e.getY());
        int index = row == null ? -1 : indexOf(row);
        if (index >= 0) {
            selection.extendTo(index);
            viewport.refreshSelection();
        }
    }

    void keyPressed(KeyEvent e) {
        int n = lines.size();
        if (n == 0) {
            return;
        }
        if (new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN).match(e)) {
            selection.selectAll();
            viewport.refreshSelection();
            e.consume();
            return;
        }
        int page = Math.max(1, (int) (viewport.linesHeight() / LogViewport.ROW_HEIGHT) - 1);
        int lead = selection.leadIndex();
        int from = lead >= 0 ? lead : viewport.rowsInView().isEmpty() ? 0 : Math.max(0, indexOf(viewport.rowsInView().getFirst()));
        int to = switch (e.getCode()) {
            case UP -> from - 1;
            case DOWN -> lead < 0 ? from : from + 1;
            case PAGE_UP -> from - page;
            case PAGE_DOWN -> from + page;
            case HOME -> 0;
            case END -> n - 1;
            default -> Integer.MIN_VALUE;
        };
        if (to == Integer.MIN_VALUE) {
            return;
        }
        to = Math.clamp(to, 0, n - 1);
        if (e.isShiftDown()) {
            selection.extendTo(to);
        } else {
            selection.select(to);
        }
        viewport.keepInView(to);
        viewport.refreshSelection();
        e.consume();
    }
}
