package dev.porthole.ui.controls;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys every list table understands, so it can be used without a mouse: Enter runs the row's default action, and
 * the context-menu key or Shift+F10 opens the table's context menu beside the selected row. (Delete stays with
 * each page: what it removes and how it asks differs.)
 */
public final class TableKeys {

    private TableKeys() {
    }

    /** Installs the keys on {@code table}; {@code onEnter} runs only when a row is selected. */
    public static void install(TableView<?> table, Runnable onEnter) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()
                    && table.getSelectionModel().getSelectedItem() != null) {
                onEnter.run();
                e.consume();
            } else if (e.getCode() == KeyCode.CONTEXT_MENU || e.getCode() == KeyCode.F10 && e.isShiftDown()) {
                showContextMenu(table);
                e.consume();
            }
        });
    }

    /** Opens the table's context menu below the selected row (or the table's top left). */
    public static void showContextMenu(TableView<?> table) {
        ContextMenu menu = table.getContextMenu();
        if (menu == null || table.getScene() == null) {
            return;
        }
        int selected = table.getSelectionModel().getSelectedIndex();
        Node anchor = table;
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof IndexedCell<?> cell && cell.getIndex() == selected && cell.isVisible()) {
                anchor = cell;
                break;
            }
        }
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        if (b == null) {
            return;
        }
        menu.show(table, b.getMinX() + 24, b.getMaxY());
    }
}
