package dev.porthole.ui.containers;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Filter box, running/all toggle, the action buttons and a count; also builds the matching context menu. */
final class ContainersToolbar extends HBox {

    static final KeyCombination REFRESH_KEY = new KeyCodeCombination(KeyCode.F5);

    private final ContainersModel model;
    private final Consumer<ContainerAction> onAction;
    private final CustomTextField filter = new CustomTextField();

    ContainersToolbar(ContainersModel model, Consumer<ContainerAction> onAction) {
        super(8);
        this.model = model;
        this.onAction = onAction;
        getStyleClass().add("containers-toolbar");
        setId("containers-toolbar");
        setAlignment(Pos.CENTER_LEFT);

        filter.setId("container-filter");
        filter.setPromptText("Filter by name, image or id");
        filter.setLeft(Controls.icon(AppIcon.SEARCH));
        filter.setPrefColumnCount(18);
        filter.setMinWidth(140);
        filter.textProperty().bindBidirectional(model.filterTextProperty());

        ToggleButton showAll = new ToggleButton("Show all");
        showAll.setId("show-all");
        showAll.setTooltip(new Tooltip("Show stopped containers too (off: running only)"));
        showAll.selectedProperty().bindBidirectional(model.showAllProperty());
        showAll.setMinWidth(Region.USE_PREF_SIZE);

        // state actions as one pill group of icons (tooltips and the context menu have the words); remove apart
        HBox actions = new HBox();
        actions.setAlignment(Pos.CENTER_LEFT);
        List<ContainerAction> states = Arrays.stream(ContainerAction.values())
                .filter(a -> a != ContainerAction.REMOVE).toList();
        for (int i = 0; i < states.size(); i++) {
            Button b = button(states.get(i));
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == states.size() - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            actions.getChildren().add(b);
        }
        Button remove = button(ContainerAction.REMOVE);

        Label count = new Label();
        count.setId("container-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> model.visibleRows().size() + " of " + model.allRows().size(),
                model.visibleRows(), model.allRows()));

        Button refresh = new Button(null, Controls.icon(AppIcon.REFRESH));
        refresh.setId("refresh");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip("List all containers again (" + REFRESH_KEY.getDisplayText() + ")"));
        refresh.setAccessibleText("Refresh");
        refresh.setOnAction(e -> model.refreshAll());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(filter, showAll, actions, remove, grow, count, refresh);
    }

    /** Focuses the filter box (Ctrl+F). */
    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private Button button(ContainerAction action) {
        Button b = new Button(null, Controls.icon(action.icon()));
        b.setId(action.id());
        KeyCombination key = action.shortcut();
        b.setTooltip(new Tooltip(action.label().replace("…", "") + " the selected containers"
                + (key == null ? "" : " (" + key.getDisplayText() + ")")));
        b.setAccessibleText(action.label());
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add("action-" + action.id());
        if (action == ContainerAction.REMOVE) {
            b.getStyleClass().add(Styles.DANGER);
        }
        b.disableProperty().bind(model.allowed(action).not());
        b.setOnAction(e -> onAction.accept(action));
        return b;
    }

    /** The same actions for the table's context menu, enabled by the same rule. */
    ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu();
        for (ContainerAction action : ContainerAction.values()) {
            if (action == ContainerAction.REMOVE) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(action.label(), Controls.icon(action.icon()));
            item.setId("menu-" + action.id());
            item.disableProperty().bind(model.allowed(action).not());
            item.setOnAction(e -> onAction.accept(action));
            menu.getItems().add(item);
        }
        return menu;
    }
}
