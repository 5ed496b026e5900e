package dev.porthole.ui.networks;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.AbstractPage;
import dev.porthole.ui.shell.TaskRunner;

import java.util.Map;

/** The networks page: every network with its addressing and attached containers; create, remove, (dis)connect. */
public final class NetworksPage extends AbstractPage {

    public static final String ID = "networks";

    private final NetworksModel model;

    public NetworksPage(EngineConnection connection, TaskRunner tasks) {
        this(connection, tasks, Map.of());
    }

    /** The page whose created networks carry {@code createLabels} (tests mark theirs). */
    public NetworksPage(EngineConnection connection, TaskRunner tasks, Map<String, String> createLabels) {
        super(ID, "Networks", AppIcon.NETWORK);
        this.model = closes(new NetworksModel(connection, tasks));
        NetworksView view = new NetworksView(model);
        view.setCreateLabels(createLabels);
        show(view, view::commands);
        model.start();
    }

    @Override
    public void onShow() {
        model.list().refreshIfStale();
    }

    /** The page's model, for tests. */
    NetworksModel model() {
        return model;
    }
}
