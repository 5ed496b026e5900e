package dev.porthole.ui.commands;

import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.shell.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The menu bar, built from the {@link CommandRegistry}: File, Edit, View (pages and theme), Actions (those of the
 * page shown, swapped as pages change) and Help, each item with its command's shortcut as accelerator. On macOS it
 * becomes the system menu bar. Node ids: {@code #menu-file} … and {@code #menu-COMMAND-ID} per item.
 */
public final class AppMenuBar extends MenuBar {

    private final CommandRegistry registry;
    private final Menu actions = new Menu("Actions");
    /** Each page's items, made once: their accelerators and bindings are not rebuilt on every page change. */
    private final Map<String, List<MenuItem>> actionItems = new HashMap<>();

    public AppMenuBar(CommandRegistry registry, AppCommands app, Theme theme, ObservableValue<String> currentPage) {
        this.registry = registry;
        setId("menu-bar");
        setUseSystemMenuBar(true);

        Menu file = menu("File", "menu-file", item(app.preferences()), new SeparatorMenuItem(), item(app.quit()));
        Menu edit = menu("Edit", "menu-edit", item(app.palette()));

        Menu view = menu("View", "menu-view");
        registry.goTo().forEach(c -> view.getItems().add(item(c)));
        view.getItems().add(new SeparatorMenuItem());
        ToggleGroup themes = new ToggleGroup();
        Theme.Mode[] modes = Theme.Mode.values();
        for (int i = 0; i < modes.length; i++) {
            Command c = app.themes().get(i);
            RadioMenuItem item = new RadioMenuItem(c.name(), Controls.icon(c.icon()));
            item.setId(c.menuItemId());
            item.setToggleGroup(themes);
            item.setMnemonicParsing(false);
            Theme.Mode mode = modes[i];
            item.setSelected(theme.mode() == mode);
            item.setOnAction(e -> c.run());
            theme.modeProperty().addListener((obs, was, now) -> item.setSelected(now == mode));
            view.getItems().add(item);
        }

        actions.setId("menu-actions");
        Menu help = menu("Help", "menu-help", item(app.tutorial()), item(app.shortcuts()));
        getMenus().setAll(file, edit, view, actions, help);

        currentPage.addListener((obs, was, now) -> showActionsOf(now));
        showActionsOf(currentPage.getValue());
    }

    /** A menu item running {@code c}, with its shortcut, icon and enablement. */
    public static MenuItem item(Command c) {
        MenuItem item = new MenuItem(c.name(), c.icon() == null ? null : Controls.icon(c.icon()));
        item.setId(c.menuItemId());
        item.setMnemonicParsing(false);
        item.setAccelerator(c.shortcut());
        item.disableProperty().bind(Bindings.not(c.enabled()));
        item.setOnAction(e -> c.run());
        return item;
    }

    private void showActionsOf(String pageId) {
        List<MenuItem> items = pageId == null ? List.of() : actionItems.computeIfAbsent(pageId, id -> {
            List<Command> commands = registry.actionsOf(id);
            if (commands.isEmpty()) {
                MenuItem none = new MenuItem("No actions on this page");
                none.setDisable(true);
                return List.of(none);
            }
            return commands.stream().map(AppMenuBar::item).toList();
        });
        // removed first, then added: the old page's accelerators go before the new page's (some share keys)
        actions.getItems().clear();
        actions.getItems().addAll(items);
    }

    private static Menu menu(String text, String id, MenuItem... items) {
        Menu menu = new Menu(text);
        menu.setId(id);
        menu.setMnemonicParsing(false);
        menu.getItems().addAll(items);
        return menu;
    }
}
