package dev.porthole.ui.layers;

import dev.porthole.layers.LayerTree;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.List;

/** A node of a {@link LayerTree}: its children are made when the tree table first asks for them. */
final class FileTreeItem extends TreeItem<Integer> {

    private final LayerTree tree;
    private Boolean leaf;
    private boolean loaded;

    FileTreeItem(LayerTree tree, int node) {
        super(node);
        this.tree = tree;
    }

    LayerTree tree() {
        return tree;
    }

    int node() {
        return getValue();
    }

    /** Whether the children were made already (walks over the tree stop at unloaded items). */
    boolean loaded() {
        return loaded;
    }

    @Override
    public boolean isLeaf() {
        if (leaf == null) {
            leaf = !tree.hasChildren(getValue());
        }
        return leaf;
    }

    @Override
    public ObservableList<TreeItem<Integer>> getChildren() {
        if (!loaded) {
            loaded = true;
            int[] kids = tree.children(getValue());
            List<TreeItem<Integer>> items = new ArrayList<>(kids.length);
            for (int kid : kids) {
                items.add(new FileTreeItem(tree, kid));
            }
            super.getChildren().setAll(items);
        }
        return super.getChildren();
    }
}
