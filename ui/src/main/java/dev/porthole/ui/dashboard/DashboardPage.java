package dev.porthole.ui.dashboard;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.Navigator;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.TaskRunner;
import dev.porthole.ui.commands.Command;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

import java.util.List;
import javafx.scene.control.ScrollPane;

import java.util.Map;

/** The dashboard page: the engine at a glance, its disk usage, and what it is doing. */
public final class DashboardPage implements Page {

    public static final String ID = "dashboard";

    private final DashboardModel model;
    private final ScrollPane view;

    @Override
    public List<Command> commands() {
        return List.of(Command.action("dashboard.refresh", "Refresh dashboard", model::refresh)
                .withIcon(AppIcon.REFRESH).withShortcut(new KeyCodeCombination(KeyCode.F5)));
    }

    public DashboardPage(EngineConnection connection, TaskRunner tasks, Navigator navigator) {
        this(connection, tasks, navigator, Map.of());
    }

    /** The page whose clean-up only touches objects with all of {@code cleanupLabels} (tests keep to their own). */
    public DashboardPage(EngineConnection connection, TaskRunner tasks, Navigator navigator,
                         Map<String, String> cleanupLabels) {
        this.model = new DashboardModel(connection, tasks, cleanupLabels);
        DashboardView content = new DashboardView(model, navigator);
        this.view = new ScrollPane(content);
        view.setFitToWidth(true);
        view.setFitToHeight(true);
        view.getStyleClass().add("dashboard-scroll");
        model.start();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Dashboard";
    }

    @Override
    public AppIcon icon() {
        return AppIcon.DASHBOARD;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        // counts move with events; catch up after a gap
        if (model.staleProperty().get()) {
            model.refresh();
        }
    }

    @Override
    public void close() {
        model.close();
    }

    /** The page's model, for tests. */
    DashboardModel model() {
        return model;
    }
}
