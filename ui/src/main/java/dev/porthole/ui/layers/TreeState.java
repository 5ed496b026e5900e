package dev.porthole.ui.layers;

import dev.porthole.layers.Analysis;
import dev.porthole.layers.ChangeKind;
import dev.porthole.layers.LayerTree;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.EnumSet;
import java.util.Set;

/**
 * The file tree's state: which layer, which view, the filters, and the finished tree. Trees are built and
 * filtered off the FX thread (one replay of the layers below, then a pass over the paths), newest request wins.
 */
final class TreeState implements AutoCloseable {

    private final TaskRunner tasks;
    private Analysis analysis;
    private final IntegerProperty layer = new SimpleIntegerProperty(this, "layer", -1);
    private final ObjectProperty<LayerTree.View> view =
            new SimpleObjectProperty<>(this, "view", LayerTree.View.CHANGES);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final BooleanProperty showAdded = new SimpleBooleanProperty(this, "showAdded", true);
    private final BooleanProperty showModified = new SimpleBooleanProperty(this, "showModified", true);
    private final BooleanProperty showRemoved = new SimpleBooleanProperty(this, "showRemoved", true);
    private final BooleanProperty showUnchanged = new SimpleBooleanProperty(this, "showUnchanged", true);
    private final BooleanProperty onlyWasted = new SimpleBooleanProperty(this, "onlyWasted", false);
    private final ReadOnlyObjectWrapper<LayerTree> tree = new ReadOnlyObjectWrapper<>(this, "tree");
    /** A path the tree should show and select once that layer's tree is shown, or null. */
    private final ObjectProperty<Focus> focus = new SimpleObjectProperty<>(this, "focus");
    /** The unfiltered tree last built, reused while only the filters change. */
    private LayerTree base;
    private long generation;
    private boolean closed;

    TreeState(TaskRunner tasks) {
        this.tasks = tasks;
        for (Observable o : new Observable[] {layer, view, filterText, showAdded, showModified, showRemoved,
                showUnchanged, onlyWasted}) {
            o.addListener(x -> rebuild());
        }
    }

    /** The layer shown, -1 for none. */
    IntegerProperty layerProperty() {
        return layer;
    }

    ObjectProperty<LayerTree.View> viewProperty() {
        return view;
    }

    StringProperty filterTextProperty() {
        return filterText;
    }

    BooleanProperty showAddedProperty() {
        return showAdded;
    }

    BooleanProperty showModifiedProperty() {
        return showModified;
    }

    BooleanProperty showRemovedProperty() {
        return showRemoved;
    }

    BooleanProperty showUnchangedProperty() {
        return showUnchanged;
    }

    BooleanProperty onlyWastedProperty() {
        return onlyWasted;
    }

    /** The selected layer's tree with the filters applied, or null while there is none. */
    ReadOnlyObjectProperty<LayerTree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    /** A path to show in the tree of a layer. */
    record Focus(int layer, String path) {
    }

    ObjectProperty<Focus> focusProperty() {
        return focus;
    }

    /** Whether any filter hides something. */
    boolean filtered() {
        return !filterText.get().isBlank() || onlyWasted.get() || kinds().size() < ChangeKind.values().length;
    }

    /** Shows {@code path} as of layer {@code layerIndex}: selects the layer, then the path in its tree. */
    void reveal(int layerIndex, String path) {
        focus.set(new Focus(layerIndex, path));
        if (layerIndex != layer.get()) {
            layer.set(layerIndex);
        } else if (tree.get() != null && tree.get().find(path) < 0 && filtered()) {
            // the filters hide it: show everything so the jump lands
            clearFilters();
        }
    }

    void clearFilters() {
        filterText.set("");
        showAdded.set(true);
        showModified.set(true);
        showRemoved.set(true);
        showUnchanged.set(true);
        onlyWasted.set(false);
    }

    void setAnalysis(Analysis a) {
        analysis = a;
        base = null;
        int last = a == null ? -1 : a.layers().size() - 1;
        if (layer.get() == last) {
            rebuild();
        } else {
            layer.set(last);
        }
    }

    private Set<ChangeKind> kinds() {
        Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
        if (showAdded.get()) {
            kinds.add(ChangeKind.ADDED);
        }
        if (showModified.get()) {
            kinds.add(ChangeKind.MODIFIED);
        }
        if (showRemoved.get()) {
            kinds.add(ChangeKind.REMOVED);
        }
        if (showUnchanged.get()) {
            kinds.add(ChangeKind.UNCHANGED);
        }
        return kinds;
    }

    private void rebuild() {
        long gen = ++generation;
        Analysis a = analysis;
        int index = layer.get();
        if (a == null || index < 0 || index >= a.layers().size() || closed) {
            tree.set(null);
            return;
        }
        LayerTree.View v = view.get();
        LayerTree reuse = base != null && base.layerIndex() == index && base.view() == v ? base : null;
        String text = filterText.get();
        Set<ChangeKind> kinds = kinds();
        boolean wasted = onlyWasted.get();
        boolean all = text.isBlank() && !wasted && kinds.size() == ChangeKind.values().length;
        tasks.run(() -> {
            LayerTree b = reuse != null ? reuse : v == LayerTree.View.CHANGES ? a.changesIn(index) : a.imageAt(index);
            return new LayerTree[] {b, all ? b : b.filter(text, kinds, wasted)};
        }, built -> {
            if (gen == generation && !closed) {
                base = built[0];
                tree.set(built[1]);
            }
        }, failure -> {
            if (gen == generation) {
                tree.set(null);
            }
        });
    }

    @Override
    public void close() {
        closed = true;
    }
}
