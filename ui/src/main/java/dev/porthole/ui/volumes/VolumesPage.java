package dev.porthole.ui.volumes;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.AbstractPage;
import dev.porthole.ui.shell.TaskRunner;

import java.util.Map;

/** The volumes page: every volume with its size and users, with create, remove and prune. */
public final class VolumesPage extends AbstractPage {

    public static final String ID = "volumes";

    private final VolumesModel model;

    /** The page; its prune may touch every unused volume. */
    public VolumesPage(EngineConnection connection, TaskRunner tasks) {
        this(connection, tasks, Map.of());
    }

    /** The page whose prune only touches volumes with all of {@code pruneLabels} (tests keep to their own). */
    public VolumesPage(EngineConnection connection, TaskRunner tasks, Map<String, String> pruneLabels) {
        super(ID, "Volumes", AppIcon.VOLUME);
        this.model = closes(new VolumesModel(connection, tasks, pruneLabels));
        VolumesView view = new VolumesView(model);
        show(view, view::commands);
        model.start();
    }

    @Override
    public void onShow() {
        model.list().refreshIfStale();
    }

    /** The page's model, for tests. */
    VolumesModel model() {
        return model;
    }
}
