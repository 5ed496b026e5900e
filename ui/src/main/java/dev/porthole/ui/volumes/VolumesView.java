package dev.porthole.ui.volumes;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.VolumeSummary;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.controls.TableKeys;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.lists.ListPageTop;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The volumes page: filter and actions above the table of volumes. Engine calls go through {@link VolumesModel}. */
final class VolumesView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            VolumesView.class.getResource("/dev/porthole/ui/volumes/volumes.css")).toExternalForm();

    private final VolumesModel model;
    private final EngineList<VolumeSummary> list;
    private final VolumesTable table = new VolumesTable();
    private final VolumeRemoval removal;
    private final List<Command> commands;

    VolumesView(VolumesModel model) {
        this.model = model;
        this.list = model.list();
        this.removal = new VolumeRemoval(model, this::window);
        getStyleClass().addAll("volumes-page", Controls.LIST_PAGE);
        getStylesheets().addAll(Controls.STYLESHEET, STYLESHEET);

        BooleanBinding noTarget = table.getSelectionModel().selectedItemProperty().isNull()
                .or(list.staleProperty());
        BooleanBinding connected = list.staleProperty().not();
        Command create = Command.action("volume.create", "Create volume…",
                        () -> new CreateVolumeDialog(model, window()).showAndWait())
                .withIcon(AppIcon.CREATE).withShortcut(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN))
                .enabledWhen(connected, () -> "The engine is not connected");
        Command remove = Command.action("volume.remove", "Remove volume…", () -> {
                    if (selected() != null) {
                        removal.remove(selected());
                    }
                })
                .withIcon(AppIcon.REMOVE)
                .withShortcut(new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN))
                .enabledWhen(noTarget.not(), () -> list.staleProperty().get() ? "The engine is not connected"
                        : "Select a volume first");
        Command prune = Command.action("volume.prune", "Prune unused volumes…", removal::prune)
                .withIcon(AppIcon.PRUNE).enabledWhen(connected, () -> "The engine is not connected");
        Button removeButton = ListPageTop.button("volume-remove", "Remove", "Remove this volume…", remove);
        removeButton.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);

        Command browse = Command.action("volume.browse", "Browse volume files…", () -> browse(selected()))
                .withIcon(AppIcon.FOLDER)
                .enabledWhen(noTarget.not(), () -> list.staleProperty().get() ? "The engine is not connected"
                        : "Select a volume first");
        ListPageTop top = new ListPageTop(list, table, "volume", "Volumes", "Filter by name, label or container",
                this::countText, this::placeholderText,
                ListPageTop.button("volume-create", "Create", "Create a volume…", create),
                ListPageTop.button("volume-browse", "Browse",
                        "Look at this volume's files (read-only), and download them…", browse),
                ListPageTop.button("volume-prune", "Prune",
                        "Remove every volume no container uses (shows what goes first)…", prune),
                removeButton);
        setTop(top);
        List<Command> all = new ArrayList<>(List.of(create, browse, remove, prune));
        all.addAll(top.listCommands("volume", "volumes"));
        commands = List.copyOf(all);

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
        // the menu key: the row's actions (volumes have no default action for Enter)
        TableKeys.install(table, () -> { });
        setCenter(table);
    }

    private void browse(VolumeSummary volume) {
        if (volume != null) {
            new VolumeBrowser(model, volume).owner(window()).show();
        }
    }

    /** The page's commands (palette, menu bar). */
    List<Command> commands() {
        return commands;
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
