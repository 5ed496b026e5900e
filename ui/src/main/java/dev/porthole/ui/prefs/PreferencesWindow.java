package dev.porthole.ui.prefs;

import dev.porthole.ui.shell.TaskRunner;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The preferences in a window of their own, one at a time: opening it again brings the open one to the front. */
public final class PreferencesWindow {

    private final PreferencesModel model;
    private final TaskRunner tasks;
    private Stage stage;

    public PreferencesWindow(PreferencesModel model, TaskRunner tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    /** Shows the window over {@code owner} (null: unowned), filled with the preferences in use now. */
    public Stage show(Window owner) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return stage;
        }
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Stage opened = stage;
        PreferencesView view = new PreferencesView(model, tasks, opened::close);
        stage.setTitle("Preferences");
        stage.setScene(new Scene(view, 640, 720));
        stage.setMinWidth(480);
        stage.setMinHeight(360);
        stage.show();
        return stage;
    }
}
