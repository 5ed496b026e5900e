package dev.porthole.ui.volumes;

import dev.porthole.engine.EngineConnection;
import dev.porthole.files.VolumeFiles;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.CleanupItem;
import dev.porthole.model.CleanupKind;
import dev.porthole.model.CleanupPlan;
import dev.porthole.model.CleanupRequest;
import dev.porthole.model.CleanupResult;
import dev.porthole.model.VolumeSummary;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.shell.TaskRunner;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The volumes page's state and commands: the list (kept current by volume events and container create/destroy,
 * which change who uses a volume) and create, remove, prune preview and prune.
 */
final class VolumesModel implements AutoCloseable {

    private static final Set<String> USE_CHANGES = Set.of("create", "destroy");

    private final EngineList<VolumeSummary> list;
    /** Which volumes a prune from this page may touch: all unused ones (empty), or those with these labels. */
    private final Map<String, String> pruneLabels;

    private final EngineConnection connection;
    private final TaskRunner tasks;

    VolumesModel(EngineConnection connection, TaskRunner tasks, Map<String, String> pruneLabels) {
        this.connection = connection;
        this.tasks = tasks;
        this.list = new EngineList<>(connection, tasks, e -> e.listVolumes(), VolumesModel::relevant,
                VolumeFormat::matches, "Could not list volumes");
        this.pruneLabels = Map.copyOf(pruneLabels);
    }

    /** The list and its state. */
    EngineList<VolumeSummary> list() {
        return list;
    }

    void start() {
        list.start();
    }

    /** Creates a volume; {@code then} gets it, failures go to {@code onFailure} (the dialog shows them). */
    void create(String name, String driver, Map<String, String> labels, Consumer<VolumeSummary> then,
                Consumer<Throwable> onFailure) {
        list.call(e -> e.createVolume(name, driver, labels), v -> {
            then.accept(v);
            list.refresh();
        }, onFailure);
    }

    /** Removes a volume the user confirmed; a refusal lands in the banner. */
    void remove(VolumeSummary volume) {
        list.call(e -> {
            e.removeVolume(volume.name());
            return volume;
        }, v -> list.refresh(), "Could not remove volume " + volume.name());
    }

    /** The volumes a prune would remove now. */
    void prunePreview(Consumer<List<VolumeSummary>> then) {
        list.call(e -> e.volumePrunePreview(pruneLabels), then, "Could not preview the prune");
    }

    /**
     * Removes exactly the previewed volumes (none created since), through the system clean-up; {@code then} gets
     * what went and what the engine refused (a volume taken into use meanwhile).
     */
    void prune(List<VolumeSummary> previewed, Consumer<CleanupResult> then) {
        CleanupPlan plan = new CleanupPlan(new CleanupRequest(Set.of(CleanupKind.VOLUMES), false, pruneLabels),
                previewed.stream().map(v -> new CleanupItem(CleanupKind.VOLUMES, v.name(), v.name(), v.size(),
                        "unused")).toList());
        list.call(e -> e.cleanUp(plan), r -> {
            then.accept(r);
            list.refresh();
        }, "Could not prune volumes");
    }

    /** Opens a helper container onto the volume's files; {@code then} gets it, to close when done. */
    void openFiles(VolumeSummary volume, Consumer<VolumeFiles> then, Consumer<Throwable> onFailure) {
        tasks.run(() -> VolumeFiles.open(connection.requireEngine(), volume.name()), then, onFailure);
    }

    /** Removes the helper container, off the FX thread; a failure goes to the banner. */
    void closeFiles(VolumeFiles files) {
        tasks.run(() -> {
            files.close();
            return files;
        }, f -> { }, failure -> connection.reportFailure(failure));
    }

    /** The engine connection, for the file view. */
    EngineConnection connection() {
        return connection;
    }

    /** The task runner, for the file view. */
    TaskRunner tasks() {
        return tasks;
    }

    @Override
    public void close() {
        list.close();
    }

    private static boolean relevant(EngineEvent e) {
        return "volume".equals(e.type()) && !"mount".equals(e.action()) && !"unmount".equals(e.action())
                || e.isContainer() && USE_CHANGES.contains(e.action());
    }
}
