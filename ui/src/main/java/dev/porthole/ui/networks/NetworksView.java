package dev.porthole.ui.networks;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.NetworkSummary;
import dev.porthole.ui.controls.ConfirmDialog;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.controls.TableKeys;
import dev.porthole.ui.controls.JsonViewer;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.lists.ListPageTop;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The networks page: filter and actions above the table, and the inspect JSON beside it on demand. */
final class NetworksView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            NetworksView.class.getResource("/dev/porthole/ui/networks/networks.css")).toExternalForm();

    private final NetworksModel model;
    private final EngineList<NetworkSummary> list;
    private final NetworksTable table = new NetworksTable();
    private final JsonViewer json = new JsonViewer();
    private final BorderPane inspectPane = new BorderPane(json);
    private final SplitPane split = new SplitPane(table);
    private final BooleanBinding noTarget;
    private final List<Command> commands;
    /** Labels put on networks created here (empty in the app; tests mark theirs). */
    private Map<String, String> createLabels = Map.of();

    NetworksView(NetworksModel model) {
        this.model = model;
        this.list = model.list();
        this.noTarget = table.getSelectionModel().selectedItemProperty().isNull().or(list.staleProperty());
        getStyleClass().addAll("networks-page", Controls.LIST_PAGE);
        getStylesheets().addAll(Controls.STYLESHEET, STYLESHEET);

        Command create = Command.action("network.create", "Create network…",
                        () -> new CreateNetworkDialog(model, window(), createLabels).showAndWait())
                .withIcon(AppIcon.CREATE).withShortcut(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN))
                .enabledWhen(list.staleProperty().not(), () -> "The engine is not connected");
        Command connect = onRow("connect", "Connect container to network…", AppIcon.CONNECT, null, this::connect);
        Command disconnect = onRow("disconnect", "Disconnect container from network…", AppIcon.DISCONNECT, null,
                this::disconnect);
        Command inspect = onRow("inspect", "Inspect network", AppIcon.INSPECT,
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::inspect);
        Command remove = onRow("remove", "Remove network…", AppIcon.REMOVE,
                new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN), this::remove);
        Button removeButton = ListPageTop.button("network-remove", "Remove", "Remove this network…", remove);
        removeButton.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        ListPageTop top = new ListPageTop(list, table, "network", "Networks", "Filter by name, subnet or container",
                this::countText, this::placeholderText,
                ListPageTop.button("network-create", "Create", "Create a bridge network…", create),
                ListPageTop.button("network-connect", "Connect", "Attach a container…", connect),
                ListPageTop.button("network-disconnect", "Disconnect", "Detach a container…", disconnect),
                ListPageTop.button("network-inspect", "Inspect", "Show the inspect JSON", inspect),
                removeButton);
        setTop(top);
        List<Command> all = new ArrayList<>(List.of(create, connect, disconnect, inspect, remove));
        all.addAll(top.listCommands("network", "networks"));
        commands = List.copyOf(all);

        SortedList<NetworkSummary> sorted = new SortedList<>(list.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setContextMenu(new ContextMenu(item("Connect…", connect), item("Disconnect…", disconnect),
                item("Inspect", inspect), item("Remove…", remove)));
        // Enter: the inspect JSON, as a double click; the menu key: the row's actions
        TableKeys.install(table, () -> inspect(selected()));
        table.setRowFactory(t -> {
            TableRow<NetworkSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    inspect(row.getItem());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null && split.getItems().contains(inspectPane)) {
                inspect(n);
            }
        });

        Button close = new Button(null, Controls.icon(AppIcon.CLOSE));
        close.setId("network-inspect-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip("Close"));
        close.setAccessibleText("Close the inspect JSON");
        close.setOnAction(e -> split.getItems().remove(inspectPane));
        json.setId("network-json");
        inspectPane.setTop(close);
        BorderPane.setAlignment(close, javafx.geometry.Pos.CENTER_RIGHT);
        setCenter(split);
    }

    /** Labels to put on networks created from this view. */
    void setCreateLabels(Map<String, String> labels) {
        createLabels = Map.copyOf(labels);
    }

    private void remove(NetworkSummary n) {
        String blocker = NetworkFormat.removalBlocker(n);
        if (blocker != null) {
            Alert refused = new Alert(Alert.AlertType.INFORMATION, blocker);
            refused.setTitle("Network in use");
            refused.setHeaderText("Network " + n.name() + " cannot be removed");
            refused.getDialogPane().setId("network-in-use");
            if (window() != null) {
                refused.initOwner(window());
            }
            refused.showAndWait();
            return;
        }
        new ConfirmDialog("Remove network", "Remove network " + n.name() + "?",
                List.of(n.name() + " — " + NetworkFormat.driver(n) + ", " + NetworkFormat.addressing(n)), "Remove")
                .withNote("No container is attached to it. This cannot be undone.")
                .owner(window())
                .ask()
                .ifPresent(d -> model.remove(n));
    }

    private void connect(NetworkSummary n) {
        model.connectable(n, names -> {
            if (names.isEmpty()) {
                return;
            }
            ChoiceDialog<String> ask = new ChoiceDialog<>(names.getFirst(), names);
            ask.setTitle("Connect container");
            ask.setHeaderText("Attach a container to " + n.name());
            ask.setContentText("Container");
            ask.getDialogPane().setId("network-connect-dialog");
            if (window() != null) {
                ask.initOwner(window());
            }
            ask.showAndWait().ifPresent(c -> model.connect(n, c));
        });
    }

    private void disconnect(NetworkSummary n) {
        if (n.containers().isEmpty()) {
            return;
        }
        ChoiceDialog<String> ask = new ChoiceDialog<>(n.containers().getFirst(), n.containers());
        ask.setTitle("Disconnect container");
        ask.setHeaderText("Detach a container from " + n.name());
        ask.setContentText("Container");
        ask.getDialogPane().setId("network-disconnect-dialog");
        if (window() != null) {
            ask.initOwner(window());
        }
        ask.showAndWait().ifPresent(c -> model.disconnect(n, c));
    }

    private void inspect(NetworkSummary n) {
        model.inspect(n, text -> {
            json.setCaption("Inspect of network " + n.name());
            json.setJson(text);
            if (!split.getItems().contains(inspectPane)) {
                split.getItems().add(inspectPane);
                split.setDividerPositions(0.6);
            }
        });
    }

    /** An action on the selected network, enabled while one is selected and the list is current. */
    private Command onRow(String id, String name, AppIcon icon, KeyCombination key, Consumer<NetworkSummary> action) {
        return Command.action("network." + id, name, () -> {
                    if (selected() != null) {
                        action.accept(selected());
                    }
                })
                .withIcon(icon).withShortcut(key)
                .enabledWhen(noTarget.not(), () -> list.staleProperty().get() ? "The engine is not connected"
                        : "Select a network first");
    }

    private static MenuItem item(String text, Command command) {
        MenuItem item = new MenuItem(text, Controls.icon(command.icon()));
        item.disableProperty().bind(Bindings.not(command.enabled()));
        item.setOnAction(e -> command.run());
        return item;
    }

    /** The page's commands (palette, menu bar). */
    List<Command> commands() {
        return commands;
    }

    private String countText() {
        int all = list.rows().size();
        String text = all + (all == 1 ? " network" : " networks");
        if (list.visibleRows().size() != all) {
            text = list.visibleRows().size() + " of " + all + " shown · " + text;
        }
        return list.staleProperty().get() && all > 0 ? text + " · not current" : text;
    }

    private String placeholderText() {
        if (list.rows().isEmpty()) {
            return list.loadingProperty().get() ? "Loading networks…"
                    : list.staleProperty().get() ? "Waiting for the engine…" : "No networks.";
        }
        return "No network matches “" + list.filterProperty().get().trim() + "”.";
    }

    private NetworkSummary selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
