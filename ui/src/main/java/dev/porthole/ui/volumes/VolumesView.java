package dev.porthole.ui.volumes;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.VolumeSummary;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.lists.ListPageTop;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import java.util.Objects;

/** The volumes page: filter and actions above the table of volumes. Engine calls go through {@link VolumesModel}. */
final class VolumesView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            VolumesView.class.getResource("/dev/porthole/ui/volumes/volumes.css")).toExternalForm();

    private final VolumesModel model;
    private final EngineList<VolumeSummary> list;
    private final VolumesTable table = new VolumesTable();
    private final VolumeRemoval removal;

    VolumesView(VolumesModel model) {
        this.model = model;
        this.list = model.list();
        this.removal = new VolumeRemoval(model, this::window);
        getStyleClass().add("volumes-page");
        getStylesheets().add(STYLESHEET);

        BooleanBinding noTarget = table.getSelectionModel().selectedItemProperty().isNull()
                .or(list.staleProperty());
        Button create = ListPageTop.button("volume-create", "Create", AppIcon.CREATE, "Create a volume…",
                () -> new CreateVolumeDialog(model, window()).showAndWait());
        create.disableProperty().bind(list.staleProperty());
        Button remove = ListPageTop.button("volume-remove", "Remove", AppIcon.REMOVE, "Remove this volume…",
                () -> removal.remove(selected()));
        remove.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        remove.disableProperty().bind(noTarget);
        Button prune = ListPageTop.button("volume-prune", "Prune", AppIcon.PRUNE,
                "Remove every volume no container uses (shows what goes first)…", removal::prune);
        prune.disableProperty().bind(list.staleProperty());

        Button browse = ListPageTop.button("volume-browse", "Browse", AppIcon.FOLDER,
                "Look at this volume's files (read-only), and download them…", () -> browse(selected()));
        browse.disableProperty().bind(noTarget);
        setTop(new ListPageTop(list, table, "volume", "Volumes", "Filter by name, label or container",
                this::countText, this::placeholderText, create, browse, prune, remove));

        SortedList<VolumeSummary> sorted = new SortedList<>(list.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        MenuItem removeItem = new MenuItem("Remove…", Controls.icon(AppIcon.REMOVE));
        removeItem.disableProperty().bind(noTarget);
        removeItem.setOnAction(e -> removal.remove(selected()));
        MenuItem browseItem = new MenuItem("Browse files…", Controls.icon(AppIcon.FOLDER));
        browseItem.disableProperty().bind(noTarget);
        browseItem.setOnAction(e -> browse(selected()));
        table.setContextMenu(new ContextMenu(browseItem, removeItem));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && selected() != null && !list.staleProperty().get()) {
                removal.remove(selected());
            }
        });
        setCenter(table);
    }

    private void browse(VolumeSummary volume) {
        if (volume != null) {
            new VolumeBrowser(model, volume).owner(window()).show();
        }
    }

    private String countText() {
        int all = list.rows().size();
        long used = list.rows().stream().filter(VolumeSummary::inUse).count();
        long bytes = list.rows().stream().mapToLong(v -> Math.max(0, v.size())).sum();
        String text = all + (all == 1 ? " volume" : " volumes") + " · " + used + " in use · "
                + VolumeFormat.size(bytes);
        if (list.visibleRows().size() != all) {
            text = list.visibleRows().size() + " of " + all + " shown · " + text;
        }
        return list.staleProperty().get() && all > 0 ? text + " · not current" : text;
    }

    private String placeholderText() {
        if (list.rows().isEmpty()) {
            if (list.loadingProperty().get()) {
                return "Loading volumes…";
            }
            return list.staleProperty().get() ? "Waiting for the engine…"
                    : "No volumes yet. Create one, or run a container with -v name:/path.";
        }
        return "No volume matches “" + list.filterProperty().get().trim() + "”.";
    }

    private VolumeSummary selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** The table, for tests. */
    VolumesTable table() {
        return table;
    }
}
