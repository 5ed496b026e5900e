package dev.porthole.ui.logs;

import atlantafx.base.theme.Styles;
import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.logs.LogBuffer;
import dev.porthole.model.ContainerSummary;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/** "Open logs in window" for the containers page: the selected containers' logs, merged when several. */
public final class OpenLogsAction {

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

    /** @param capacity lines a new log window keeps (read when it opens: the preference) */
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
        b.setTooltip(new Tooltip("Open the logs of the selected containers in a window (merged when several)"));
        b.setAccessibleText("Open logs in window");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.disableProperty().bind(Bindings.isEmpty(selection));
        b.setOnAction(e -> open(b));
        return b;
    }

    /** A context menu item. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem("Open logs in window", Controls.icon(AppIcon.LOGS));
        item.setId("menu-open-logs");
        item.disableProperty().bind(Bindings.isEmpty(selection));
        item.setOnAction(e -> open(null));
        return item;
    }

    private void open(Node from) {
        List<LogsModel.Target> targets = selected.get().stream()
                .map(c -> new LogsModel.Target(c.id(), c.name())).toList();
        if (!targets.isEmpty()) {
            LogsWindow.open(connection, tasks, targets,
                    from != null && from.getScene() != null ? from.getScene().getWindow() : null,
                    capacity.getAsInt());
        }
    }
}
