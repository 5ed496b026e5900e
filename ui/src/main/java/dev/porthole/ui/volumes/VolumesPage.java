package dev.porthole.ui.volumes;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.TaskRunner;
import dev.porthole.ui.commands.Command;
import javafx.scene.Node;

import java.util.List;

import java.util.Map;

/** The volumes page: every volume with its size and users, with create, remove and prune. */
public final class VolumesPage implements Page {

    public static final String ID = "volumes";

    private final VolumesModel model;
    private final VolumesView view;

    /** The page; its prune may touch every unused volume. */
    public VolumesPage(EngineConnection connection, TaskRunner tasks) {
        this(connection, tasks, Map.of());
    }

    /** The page whose prune only touches volumes with all of {@code pruneLabels} (tests keep to their own). */
    public VolumesPage(EngineConnection connection, TaskRunner tasks, Map<String, String> pruneLabels) {
        this.model = new VolumesModel(connection, tasks, pruneLabels);
        this.view = new VolumesView(model);
        model.start();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Volumes";
    }

    @Override
    public AppIcon icon() {
        return AppIcon.VOLUME;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<Command> commands() {
        return view.commands();
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
    VolumesModel model() {
        return model;
    }
}
