package dev.porthole.ui.networks;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.TaskRunner;
import dev.porthole.ui.commands.Command;
import javafx.scene.Node;

import java.util.List;

/** The networks page: every network with its addressing and attached containers; create, remove, (dis)connect. */
public final class NetworksPage implements Page {

    public static final String ID = "networks";

    private final NetworksModel model;
    private final NetworksView view;

    public NetworksPage(EngineConnection connection, TaskRunner tasks) {
        this(connection, tasks, java.util.Map.of());
    }

    /** The page whose created networks carry {@code createLabels} (tests mark theirs). */
    public NetworksPage(EngineConnection connection, TaskRunner tasks, java.util.Map<String, String> createLabels) {
        this.model = new NetworksModel(connection, tasks);
        this.view = new NetworksView(model);
        view.setCreateLabels(createLabels);
        model.start();
    }

    @Override
    public List<Command> commands() {
        return view.commands();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Networks";
    }

    @Override
    public AppIcon icon() {
        return AppIcon.NETWORK;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public void onShow() {
        if (model.list().staleProperty().get()) {
            model.list().refresh();
        }
    }

    @Override
    public void close() {
        model.close();
    }

    /** The page's model, for tests. */
    NetworksModel model() {
        return model;
    }
}
