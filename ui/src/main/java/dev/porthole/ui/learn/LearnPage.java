package dev.porthole.ui.learn;

import dev.porthole.dockerfile.template.TemplateWriter;
import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.learn.Tutorial;
import dev.porthole.ui.shell.AbstractPage;
import dev.porthole.ui.shell.Navigator;
import dev.porthole.ui.shell.TaskRunner;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

/**
 * The Learn page: seven lessons about containers, with progress saved in the config folder, engine steps
 * completed by watching the engine, and a clean-up of exactly what the tutorial created.
 */
public final class LearnPage extends AbstractPage {

    public static final String ID = "learn";

    private final LearnModel model;

    /**
     * @param configDir    where progress and the tutorial's files go
     * @param navigator    moves to the containers and layers pages
     * @param openInEditor shows the Dockerfile page with this file open
     * @param startTour    starts the guided tour of the window (null: no tour button)
     */
    public LearnPage(Path configDir, EngineConnection connection, TaskRunner tasks, Navigator navigator,
                     Consumer<Path> openInEditor, Runnable startTour) {
        this(configDir, connection, tasks, navigator, openInEditor, startTour, Tutorial.standard(),
                TemplateWriter.DEFAULT_BUSYBOX);
    }

    /** The page with its tutorial's labels and names, and the busybox binary, given (tests keep to their own). */
    public LearnPage(Path configDir, EngineConnection connection, TaskRunner tasks, Navigator navigator,
                     Consumer<Path> openInEditor, Runnable startTour, Tutorial tutorial, Path busybox) {
        super(ID, "Learn", AppIcon.LEARN);
        this.model = closes(new LearnModel(configDir, connection, tasks, navigator, openInEditor, tutorial,
                busybox));
        show(new LearnView(model, startTour));
    }

    /** Log windows opened from the lessons keep as many lines as {@code lines} says when they open. */
    public LearnPage logLinesFrom(IntSupplier lines) {
        model.logLinesFrom(lines);
        return this;
    }

    @Override
    public void onShow() {
        model.recheck();
    }

    LearnModel model() {
        return model;
    }
}
