package dev.porthole.ui.layers;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.AbstractPage;
import dev.porthole.ui.shell.TaskRunner;

import java.nio.file.Path;

/**
 * The layer explorer: an engine image or an image archive, its layers, each layer's files, dive's efficiency
 * numbers with the reason for each wasted file, and a comparison with a second image. Archives need no engine.
 */
public final class LayersPage extends AbstractPage {

    public static final String ID = "layers";

    private final LayersModel model;
    private final LayersView view;

    public LayersPage(EngineConnection connection, TaskRunner tasks) {
        super(ID, "Layers", AppIcon.LAYER);
        this.model = closes(new LayersModel(connection, tasks));
        this.view = new LayersView(model);
        show(view, view::commands);
        model.start();
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

    LayersModel model() {
        return model;
    }

    LayersView layersView() {
        return view;
    }
}
