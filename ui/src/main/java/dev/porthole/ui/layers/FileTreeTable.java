package dev.porthole.ui.layers;

import dev.porthole.layers.ChangeKind;
import dev.porthole.layers.EntryType;
import dev.porthole.layers.LayerTree;
import dev.porthole.ui.controls.Controls;
import dev.porthole.icons.AppIcon;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The file tree of one layer: name with a change icon and colour, size, mode, owner, link target. Children are
 * made lazily; expansion survives switching layers (node ids are stable), and expand-all stops at a bound.
 */
final class FileTreeTable extends TreeTableView<Integer> {

    /** Expand-all makes at most this many rows visible, so a huge image stays fluid. */
    static final int EXPAND_LIMIT = 5_000;

    private LayerTree tree;

    FileTreeTable() {
        setId("layer-file-tree");
        getStyleClass().add("layer-file-tree");
        setShowRoot(false);
        setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No files to show."));
        TreeTableColumn<Integer, Integer> name = new TreeTableColumn<>("Name");
        name.setId("file-name");
        name.setPrefWidth(240);
        name.setMinWidth(140);
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue()));
        name.setCellFactory(c -> new NameCell());
        getColumns().add(name);
        getColumns().add(column("Size", "file-size", 82, (t, n) -> LayersFormat.bytes(
                t.type(n) == EntryType.DIRECTORY ? t.totalSize(n) : t.size(n))));
        getColumns().add(column("Mode", "file-mode", 104, LayerTree::permissions));
        getColumns().add(column("Owner", "file-owner", 72, (t, n) -> LayersFormat.owner(t.uid(n), t.gid(n))));
        getColumns().add(column("Link target", "file-link", 120, (t, n) -> {
            String target = t.linkTarget(n);
            return target == null ? "" : "\u2192 " + target;
        }));
    }

    private TreeTableColumn<Integer, String> column(String title, String id, double width,
                                                   BiFunction<LayerTree, Integer, String> text) {
        TreeTableColumn<Integer, String> c = new TreeTableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setMinWidth(id.equals("file-link") ? 60 : width);
        c.setSortable(false);
        c.getStyleClass().add(id);
        c.setCellValueFactory(cell -> {
            FileTreeItem item = (FileTreeItem) cell.getValue();
            return new ReadOnlyObjectWrapper<>(text.apply(item.tree(), item.node()));
        });
        return c;
    }

    /** The tree shown now, or null. */
    LayerTree tree() {
        return tree;
    }

    /** Shows {@code next}, keeping the folders that were open (and still exist) open. */
    void show(LayerTree next) {
        Set<Integer> open = expandedNodes();
        tree = next;
        if (next == null) {
            setRoot(null);
            return;
        }
        FileTreeItem root = new FileTreeItem(next, next.root());
        root.setExpanded(true);
        setRoot(root);
        reopen(root, open);
        // rows laid out before their items were expanded keep a stale disclosure arrow otherwise
        refresh();
    }

    private Set<Integer> expandedNodes() {
        Set<Integer> open = new HashSet<>();
        if (getRoot() == null) {
            return open;
        }
        Deque<FileTreeItem> todo = new ArrayDeque<>();
        todo.add((FileTreeItem) getRoot());
        while (!todo.isEmpty()) {
            FileTreeItem item = todo.pop();
            if (item.isExpanded() && item.loaded()) {
                open.add(item.node());
                item.getChildren().forEach(c -> todo.push((FileTreeItem) c));
            }
        }
        return open;
    }

    private void reopen(FileTreeItem root, Set<Integer> open) {
        Deque<FileTreeItem> todo = new ArrayDeque<>();
        todo.add(root);
        int shown = 0;
        while (!todo.isEmpty() && shown < EXPAND_LIMIT) {
            FileTreeItem item = todo.pop();
            for (TreeItem<Integer> c : item.getChildren()) {
                shown++;
                if (open.contains(c.getValue()) && !c.isLeaf()) {
                    c.setExpanded(true);
                    todo.push((FileTreeItem) c);
                }
            }
        }
    }

    /** Opens folders breadth first until about {@link #EXPAND_LIMIT} rows show. */
    void expandAll() {
        if (getRoot() == null) {
            return;
        }
        Deque<TreeItem<Integer>> todo = new ArrayDeque<>();
        todo.add(getRoot());
        int shown = 0;
        while (!todo.isEmpty() && shown < EXPAND_LIMIT) {
            TreeItem<Integer> item = todo.poll();
            item.setExpanded(true);
            shown += item.getChildren().size();
            for (TreeItem<Integer> c : item.getChildren()) {
                if (!c.isLeaf()) {
                    todo.add(c);
                }
            }
        }
        refresh();
    }

    /** Closes every open folder. */
    void collapseAll() {
        if (getRoot() == null) {
            return;
        }
        Deque<FileTreeItem> todo = new ArrayDeque<>();
        todo.add((FileTreeItem) getRoot());
        while (!todo.isEmpty()) {
            FileTreeItem item = todo.pop();
            if (item.loaded()) {
                item.getChildren().forEach(c -> todo.push((FileTreeItem) c));
            }
            if (item != getRoot()) {
                item.setExpanded(false);
            }
        }
    }

    /** Opens the folders down to {@code path} and selects it; false when this tree does not hold it. */
    boolean reveal(String path) {
        if (tree == null || getRoot() == null) {
            return false;
        }
        int node = tree.find(path);
        if (node < 0) {
            return false;
        }
        Deque<Integer> chain = new ArrayDeque<>();
        for (int n = node; n >= 0 && n != tree.root(); n = tree.parent(n)) {
            chain.push(n);
        }
        TreeItem<Integer> item = getRoot();
        while (!chain.isEmpty()) {
            int next = chain.pop();
            item.setExpanded(true);
            item = item.getChildren().stream().filter(c -> c.getValue() == next).findFirst().orElse(null);
            if (item == null) {
                return false;
            }
        }
        getSelectionModel().select(item);
        int row = getRow(item);
        scrollTo(Math.max(0, row - 3));
        return true;
    }

    /** Name with the change shown by icon and style class (so by shape and colour), and a wasted marker. */
    private static final class NameCell extends TreeTableCell<Integer, Integer> {

        private static final String[] KIND_CLASSES = {"change-added", "change-modified", "change-removed",
                "change-unchanged"};

        @Override
        protected void updateItem(Integer node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll(KIND_CLASSES);
            if (empty || node == null || !(getTableRow().getTreeItem() instanceof FileTreeItem item)) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            LayerTree t = item.tree();
            ChangeKind kind = t.change(node);
            String kindClass = LayersFormat.styleClass(kind);
            getStyleClass().add(kindClass);
            FontIcon icon = Controls.icon(LayersFormat.icon(kind, t.type(node)));
            icon.getStyleClass().addAll("change-icon", kindClass);
            HBox graphic = new HBox(4, icon);
            graphic.setAlignment(Pos.CENTER_LEFT);
            String tip = LayersFormat.label(kind) + " · " + t.path(node);
            if (t.isWasted(node)) {
                FontIcon wasted = Controls.icon(AppIcon.WASTED);
                wasted.getStyleClass().add("wasted-icon");
                graphic.getChildren().add(wasted);
                tip += " · wasted: more than one layer holds it";
            }
            setGraphic(graphic);
            setText(t.name(node));
            setTooltip(new Tooltip(tip));
        }
    }
}
