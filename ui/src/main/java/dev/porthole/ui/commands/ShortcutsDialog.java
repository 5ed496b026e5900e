package dev.porthole.ui.commands;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;
import java.util.Map;

/** Help → Keyboard shortcuts: every command with a shortcut, from the registry, and the keys lists and tables know. */
public final class ShortcutsDialog extends Dialog<Void> {

    /** Keys handled by the lists themselves, not by commands. */
    static final List<String[]> TABLE_KEYS = List.of(
            new String[]{"Enter", "Default action on the selected row (details, history, inspect)"},
            new String[]{"Delete", "Remove the selected rows (asks first)"},
            new String[]{"Menu key or Shift+F10", "Open the row's context menu"},
            new String[]{"Tab / Shift+Tab", "Move between the sidebar, the page's toolbar, its table and details"},
            new String[]{"Escape", "Clear the filter, close the palette or a dialog"});

    public ShortcutsDialog(CommandRegistry registry, Window owner) {
        setTitle("Keyboard shortcuts");
        setHeaderText("Keyboard shortcuts (everything is also in the command palette, "
                + AppCommands.PALETTE_KEY.getDisplayText() + ")");
        if (owner != null) {
            initOwner(owner);
        }
        GridPane grid = new GridPane(24, 4);
        grid.setId("shortcuts-list");
        grid.getStyleClass().add("shortcuts-list");
        grid.getStylesheets().add(CommandPalette.STYLESHEET);
        grid.setPadding(new Insets(4, 12, 12, 12));
        int row = 0;
        for (Map.Entry<String, List<Command>> section : registry.sections().entrySet()) {
            List<Command> keyed = section.getValue().stream().filter(c -> c.shortcut() != null).toList();
            if (keyed.isEmpty()) {
                continue;
            }
            row = title(grid, row, section.getKey());
            for (Command c : keyed) {
                row = line(grid, row, c.shortcutText(), c.name());
            }
        }
        row = title(grid, row, "Lists and tables");
        for (String[] key : TABLE_KEYS) {
            row = line(grid, row, key[0], key[1]);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(620, 520);
        getDialogPane().setContent(scroll);
        getDialogPane().setId("shortcuts-dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    private static int title(GridPane grid, int row, String text) {
        Label title = new Label(text);
        title.getStyleClass().addAll("section-title", Styles.TEXT_BOLD);
        grid.add(title, 0, row, 2, 1);
        return row + 1;
    }

    private static int line(GridPane grid, int row, String keys, String what) {
        Label key = new Label(keys);
        key.getStyleClass().add("palette-shortcut");
        grid.add(key, 0, row);
        grid.add(new Label(what), 1, row);
        return row + 1;
    }
}
