package dev.porthole.ui.logs;

import dev.porthole.engine.EngineConnection;
import dev.porthole.logs.LogBuffer;
import dev.porthole.model.ContainerSummary;
import dev.porthole.ui.shell.TaskRunner;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.stage.WindowEvent;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * The detail pane's Logs tab: a live log of the one container shown, open only while the tab is selected. The
 * stream closes when another container is shown, none is, the tab is left, or the window goes.
 */
public final class LogsTab {

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final IntSupplier capacity;
    private final Tab tab = new Tab("Logs");
    private ContainerSummary shown;
    private LogView view;

    public LogsTab(EngineConnection connection, TaskRunner tasks) {
        this(connection, tasks, () -> LogBuffer.DEFAULT_CAPACITY);
    }

    /** @param capacity lines a new log view keeps (read when it opens: the preference) */
    public LogsTab(EngineConnection connection, TaskRunner tasks, IntSupplier capacity) {
        this.connection = connection;
        this.tasks = tasks;
        this.capacity = capacity;
        tab.setId("tab-logs");
        tab.selectedProperty().addListener((o, was, now) -> update());
    }

    /** The tab, for the detail pane's tab pane. */
    public Tab tab() {
        return tab;
    }

    /** Shows this container's log (null: none); the same container again keeps the stream. */
    public void show(ContainerSummary summary) {
        String was = shown == null ? null : shown.id();
        shown = summary;
        if (summary == null || !summary.id().equals(was)) {
            closeView();
        }
        update();
    }

    /** Ends the stream. */
    public void close() {
        shown = null;
        closeView();
    }

    private void update() {
        if (!tab.isSelected() || shown == null) {
            closeView();
            tab.setContent(new Label(shown == null ? "" : "Select the tab to follow the log"));
            return;
        }
        if (view == null) {
            view = LogsWindow.create(connection, tasks, List.of(new LogsModel.Target(shown.id(), shown.name())),
                    capacity.getAsInt());
            LogView opened = view;
            // the main window going (quit) ends the stream too
            view.sceneProperty().addListener((o, a, scene) -> {
                if (scene != null && scene.getWindow() != null) {
                    scene.getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
                        if (view == opened) {
                            closeView();
                        }
                    });
                }
            });
            tab.setContent(view);
        }
    }

    private void closeView() {
        if (view != null) {
            view.close();
            view = null;
            tab.setContent(null);
        }
    }
}
