package dev.porthole.ui.dashboard;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.shell.AbstractPage;
import dev.porthole.ui.shell.Navigator;
import dev.porthole.ui.shell.TaskRunner;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import java.util.List;
import java.util.Map;

/** The dashboard page: the engine at a glance, its disk usage, and what it is doing. */
public final class DashboardPage extends AbstractPage {

    public static final String ID = "dashboard";

    private final DashboardModel model;

    public DashboardPage(EngineConnection connection, TaskRunner tasks, Navigator navigator) {
        this(connection, tasks, navigator, Map.of());
    }

    /** The page whose clean-up only touches objects with all of {@code cleanupLabels} (tests keep to their own). */
    public DashboardPage(EngineConnection connection, TaskRunner tasks, Navigator navigator,
                         Map<String, String> cleanupLabels) {
        super(ID, "Dashboard", AppIcon.DASHBOARD);
        this.model = closes(new DashboardModel(connection, tasks, cleanupLabels));
        ScrollPane view = new ScrollPane(new DashboardView(model, navigator));
        view.setFitToWidth(true);
        view.setFitToHeight(true);
        view.getStyleClass().add("dashboard-scroll");
        List<Command> commands = List.of(Command.action("dashboard.refresh", "Refresh dashboard", model::refresh)
                .withIcon(AppIcon.REFRESH).withShortcut(new KeyCodeCombination(KeyCode.F5)));
        show(view, () -> commands);
        model.start();
    }

    @Override
    public void onShow() {
        // counts move with events; catch up after a gap
        if (model.staleProperty().get()) {
            model.refresh();
        }
    }

    /** The page's model, for tests. */
    DashboardModel model() {
        return model;
    }
}
