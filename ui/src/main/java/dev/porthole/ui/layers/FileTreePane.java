package dev.porthole.ui.layers;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.layers.LayerTree;
import dev.porthole.ui.controls.Controls;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The right side of the page: the selected layer's file tree, its two views, and the filters (path text, change
 * kinds, only wasted), with expand and collapse all.
 */
final class FileTreePane extends VBox {

    private final TreeState state;
    private final FileTreeTable table = new FileTreeTable();
    private final Label heading = new Label();
    private final Label count = new Label();

    FileTreePane(TreeState state) {
        this.state = state;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("layer-files");
        heading.setId("layer-files-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        count.setId("layer-files-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(10, heading, count);
        top.setAlignment(Pos.BASELINE_LEFT);

        ToggleGroup views = new ToggleGroup();
        ToggleButton changes = viewToggle("layer-view-changes", "Changes in this layer", LayerTree.View.CHANGES,
                views);
        ToggleButton image = viewToggle("layer-view-image", "Image as of this layer", LayerTree.View.IMAGE, views);
        changes.getStyleClass().add(Styles.LEFT_PILL);
        image.getStyleClass().add(Styles.RIGHT_PILL);
        HBox viewBox = new HBox(changes, image);

        CustomTextField filter = new CustomTextField();
        filter.setId("layer-file-filter");
        filter.setPromptText("Filter by path");
        filter.setLeft(Controls.icon(AppIcon.SEARCH));
        filter.setPrefWidth(220);
        filter.textProperty().bindBidirectional(state.filterTextProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button expand = iconButton("layer-expand-all", AppIcon.EXPAND_ALL, "Expand all (up to "
                + FileTreeTable.EXPAND_LIMIT + " rows)");
        expand.setOnAction(e -> table.expandAll());
        Button collapse = iconButton("layer-collapse-all", AppIcon.COLLAPSE_ALL, "Collapse all");
        collapse.setOnAction(e -> table.collapseAll());
        HBox row1 = new HBox(8, viewBox, grow, expand, collapse);
        row1.setAlignment(Pos.CENTER_LEFT);

        FlowPane row2 = new FlowPane(12, 6, filter,
                kindToggle("layer-show-added", "Added", AppIcon.CHANGE_ADDED, "change-added",
                        state.showAddedProperty()),
                kindToggle("layer-show-modified", "Modified", AppIcon.CHANGE_MODIFIED, "change-modified",
                        state.showModifiedProperty()),
                kindToggle("layer-show-removed", "Removed", AppIcon.CHANGE_REMOVED, "change-removed",
                        state.showRemovedProperty()),
                kindToggle("layer-show-unchanged", "Unchanged", AppIcon.FILE, "change-unchanged",
                        state.showUnchangedProperty()),
                kindToggle("layer-only-wasted", "Only wasted", AppIcon.WASTED, "wasted",
                        state.onlyWastedProperty()));
        row2.getStyleClass().add("layer-kind-toggles");
        row2.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(top, row1, row2, table);
    }

    private ToggleButton viewToggle(String id, String text, LayerTree.View view, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setSelected(state.viewProperty().get() == view);
        b.setOnAction(e -> {
            state.viewProperty().set(view);
            b.setSelected(true);
        });
        state.viewProperty().addListener((obs, o, v) -> b.setSelected(v == view));
        return b;
    }

    private static CheckBox kindToggle(String id, String text, AppIcon icon, String styleClass,
                                       BooleanProperty shown) {
        CheckBox b = new CheckBox(text);
        b.setGraphic(Controls.icon(icon));
        b.setId(id);
        b.getStyleClass().addAll("kind-toggle", styleClass);
        b.selectedProperty().bindBidirectional(shown);
        return b;
    }

    private static Button iconButton(String id, AppIcon icon, String tip) {
        Button b = new Button(null, Controls.icon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        return b;
    }

    private void initListeners() {
        state.treeProperty().addListener((obs, old, tree) -> {
            table.show(tree);
            if (tree != null && state.filtered() && !state.filterTextProperty().get().isBlank()
                    || tree != null && state.onlyWastedProperty().get()) {
                table.expandAll();
            }
            heading.setText(tree == null ? "Files" : (tree.view() == LayerTree.View.CHANGES
                    ? "Changes in layer " : "Image as of layer ") + (tree == null ? "" : tree.layerIndex()));
            count.setText(tree == null ? "" : countText(tree));
            revealFocus();
        });
        state.focusProperty().addListener((obs, o, path) -> revealFocus());
        heading.setText("Files");
    }

    private static String countText(LayerTree tree) {
        int n = tree.nodeCount();
        return n + (n == 1 ? " entry" : " entries");
    }

    private void revealFocus() {
        TreeState.Focus focus = state.focusProperty().get();
        if (focus != null && table.tree() != null && table.tree().layerIndex() == focus.layer()
                && table.reveal(focus.path())) {
            state.focusProperty().set(null);
            table.requestFocus();
        }
    }

    /** The tree table, for tests. */
    FileTreeTable table() {
        return table;
    }
}
