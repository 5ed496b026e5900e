package dev.porthole.ui.logs;

import dev.porthole.engine.EngineConnection;
import dev.porthole.logs.LogBuffer;
import dev.porthole.ui.shell.TaskRunner;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/** The log of one or more containers (merged) in a window of its own; closing the window ends the streams. */
public final class LogsWindow {

    private LogsWindow() {
    }

    /** Opens the window and starts following; returns its stage. */
    public static Stage open(EngineConnection connection, TaskRunner tasks, List<LogsModel.Target> targets,
                             Window owner) {
        return open(connection, tasks, targets, owner, LogBuffer.DEFAULT_CAPACITY);
    }

    /** Opens the window keeping at most {@code capacity} lines (the preference) and starts following. */
    public static Stage open(EngineConnection connection, TaskRunner tasks, List<LogsModel.Target> targets,
                             Window owner, int capacity) {
        LogView view = create(connection, tasks, targets, capacity);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title(targets));
        Scene scene = new Scene(view, 1100, 650);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), view::focusSearch);
        stage.setScene(scene);
        stage.setOnHidden(e -> view.close());
        stage.show();
        return stage;
    }

    /** A started log view for the detail pane's tab; the caller closes it when it goes. */
    public static LogView create(EngineConnection connection, TaskRunner tasks, List<LogsModel.Target> targets) {
        return create(connection, tasks, targets, LogBuffer.DEFAULT_CAPACITY);
    }

    /** A started log view keeping at most {@code capacity} lines; the caller closes it when it goes. */
    public static LogView create(EngineConnection connection, TaskRunner tasks, List<LogsModel.Target> targets,
                                 int capacity) {
        LogsModel model = new LogsModel(connection, tasks, targets, capacity, new NextFrame());
        LogView view = new LogView(model);
        model.start();
        return view;
    }

    static String title(List<LogsModel.Target> targets) {
        return targets.size() == 1 ? "Logs: " + targets.getFirst().name()
                : "Logs: " + targets.size() + " containers (" + String.join(", ",
                targets.stream().map(LogsModel.Target::name).limit(4).toList())
                + (targets.size() > 4 ? ", …" : "") + ")";
    }
}
