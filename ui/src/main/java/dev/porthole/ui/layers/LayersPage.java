package dev.porthole.ui.layers;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.TaskRunner;
import javafx.scene.Node;

import java.nio.file.Path;

/**
 * The layer explorer: an engine image or an image archive, its layers, each layer's files, dive's efficiency
 * numbers with the reason for each wasted file, and a comparison with a second image. Archives need no engine.
 */
public final class LayersPage implements Page {

    public static final String ID = "layers";

    private final LayersModel model;
    private final LayersView view;

    public LayersPage(EngineConnection connection, TaskRunner tasks) {
        this.model = new LayersModel(connection, tasks);
        this.view = new LayersView(model);
        model.start();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Layers";
    }

    @Override
    public AppIcon icon() {
        return AppIcon.LAYER;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public java.util.List<dev.porthole.ui.commands.Command> commands() {
        return view.commands();
    }

    @Override
    public void onShow() {
        // images come and go while the page is hidden: offer the current ones
        model.refreshEngineImages();
    }

    /** Reads the engine image {@code reference} and shows it (the images page's "Inspect layers"). */
    public void openImage(String reference) {
        model.openImage(reference);
    }

    /** Reads an image archive file and shows it. */
    public void openArchive(Path archive) {
        model.openArchive(archive);
    }

    @Override
    public void close() {
        model.close();
    }

    LayersModel model() {
        return model;
    }

    LayersView layersView() {
        return view;
    }
}
