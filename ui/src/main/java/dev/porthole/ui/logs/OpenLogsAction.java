package dev.porthole.ui.logs;

import atlantafx.base.theme.Styles;
import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.logs.LogBuffer;
import dev.porthole.model.ContainerSummary;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** "Open logs in window" for the containers page: the selected containers' logs, merged when several. */
public final class OpenLogsAction {

    /** Shortcut+Shift+L. */
    public static final KeyCombination KEY =
            new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final String NAME = "Open logs in window";

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final Supplier<List<ContainerSummary>> selected;
    private final ObservableList<?> selection;
    private final IntSupplier capacity;

    /**
     * @param selected  the selected containers now
     * @param selection the observable selection, to enable the action only when there is one
     */
    public OpenLogsAction(EngineConnection connection, TaskRunner tasks, Supplier<List<ContainerSummary>> selected,
                          ObservableList<?> selection) {
        this(connection, tasks, selected, selection, () -> LogBuffer.DEFAULT_CAPACITY);
    }

    /** @param capacity how many lines a log window holds, read each time one opens (the preference) */
    public OpenLogsAction(EngineConnection connection, TaskRunner tasks, Supplier<List<ContainerSummary>> selected,
                          ObservableList<?> selection, IntSupplier capacity) {
        this.capacity = capacity;
        this.connection = connection;
        this.tasks = tasks;
        this.selected = selected;
        this.selection = selection;
    }

    /** A toolbar button. */
    public Button button() {
        Button b = new Button(null, Controls.icon(AppIcon.LOGS));
        b.setId("open-logs");
        b.setTooltip(new Tooltip("Open the logs of the selected containers in a window (merged when several) ("
                + KEY.getDisplayText() + ")"));
        b.setAccessibleText(NAME);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.disableProperty().bind(Bindings.isEmpty(selection));
        b.setOnAction(e -> open(b));
        return b;
    }

    /** A context menu item. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(NAME, Controls.icon(AppIcon.LOGS));
        item.setId("menu-open-logs");
        item.disableProperty().bind(Bindings.isEmpty(selection));
        item.setOnAction(e -> open((Window) null));
        return item;
    }

    /** The same action for the command palette and the menu bar. */
    public Command command(Supplier<Window> owner) {
        return Command.action("container.logs", NAME, () -> open(owner.get()))
                .withIcon(AppIcon.LOGS).withShortcut(KEY)
                .enabledWhen(Bindings.isNotEmpty(selection), () -> "Select a container first");
    }

    private void open(Node from) {
        open(from != null && from.getScene() != null ? from.getScene().getWindow() : null);
    }

    private void open(Window owner) {
        List<LogsModel.Target> targets = selected.get().stream()
                .map(c -> new LogsModel.Target(c.id(), c.name())).toList();
        if (!targets.isEmpty()) {
            LogsWindow.open(connection, tasks, targets, capacity.getAsInt(), owner);
        }
    }
}
