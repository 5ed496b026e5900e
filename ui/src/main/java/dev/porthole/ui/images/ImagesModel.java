package dev.porthole.ui.images;

import dev.porthole.engine.EngineConnection;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.RunSpec;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.shell.TaskRunner;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The images page's state and commands: the list, one row per tag (kept current by image events and container
 * create/destroy, which change an image's container count), and remove, tag, run, inspect and history.
 */
public final class ImagesModel implements AutoCloseable {

    /** Container events that change an image's container count. */
    private static final Set<String> COUNT_CHANGES = Set.of("create", "destroy");

    private final EngineList<ImageRow> list;

    public ImagesModel(EngineConnection connection, TaskRunner tasks) {
        this.list = new EngineList<>(connection, tasks, e -> ImageRows.rows(e.listImages()), ImagesModel::relevant,
                ImageRows::matches, "Could not list images");
    }

    /** The list and its state. */
    public EngineList<ImageRow> list() {
        return list;
    }

    /** Every tag in use, for clash checks. */
    public List<String> allTags() {
        return ImageRows.allTags(list.rows());
    }

    /** Subscribes to connection status and events; call once. */
    public void start() {
        list.start();
    }

    /** The containers (any state) created from the row's image, for the remove confirmation. */
    public void containersUsing(ImageRow row, Consumer<List<ContainerSummary>> then) {
        list.call(engine -> engine.listContainers(true).stream()
                        .filter(c -> row.image().id().equals(c.imageId())).toList(),
                then, "Could not list the containers using " + row.reference());
    }

    /** Removes the row's reference (an untag when the image has other tags) or, when untagged, the image. */
    public void remove(ImageRow row, boolean force) {
        list.call(engine -> {
            engine.removeImage(row.target(), force);
            return row;
        }, list::removed, "Could not remove " + row.reference()); // events will say what else went (layers, rows)
    }

    /** Adds repository:tag to the row's image; failures go to {@code onFailure} (the dialog shows them). */
    public void tag(ImageRow row, String repository, String tag, Runnable then, Consumer<Throwable> onFailure) {
        list.call(engine -> {
            engine.tagImage(row.image().id(), repository.trim(), tag.trim());
            return row;
        }, r -> {
            then.run();
            list.refresh();
        }, onFailure);
    }

    /** Creates and starts a container; {@code then} gets its id, failures go to {@code onFailure}. */
    public void run(RunSpec spec, Consumer<String> then, Consumer<Throwable> onFailure) {
        list.call(engine -> engine.runContainer(spec), then, onFailure);
    }

    /** The image's inspect JSON. */
    public void inspect(ImageRow row, Consumer<String> then) {
        list.call(engine -> engine.inspectImageJson(row.image().id()), then, "Could not inspect " + row.reference());
    }

    /** The image's history, newest step first. */
    public void history(ImageRow row, Consumer<List<ImageHistoryEntry>> then) {
        list.call(engine -> engine.imageHistory(row.image().id()), then,
                "Could not read the history of " + row.reference());
    }

    @Override
    public void close() {
        list.close();
    }

    private static boolean relevant(EngineEvent event) {
        return event.isImage() || event.isContainer() && COUNT_CHANGES.contains(event.action());
    }
}
