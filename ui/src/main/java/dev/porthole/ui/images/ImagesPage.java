package dev.porthole.ui.images;

import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.RegistryLogins;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.AbstractPage;
import dev.porthole.ui.shell.Navigator;
import dev.porthole.ui.shell.TaskRunner;

/** The images page: every image of the engine, with remove, tag, run, inspect, history, pull and push. */
public final class ImagesPage extends AbstractPage {

    public static final String ID = "images";

    private final ImagesModel model;

    public ImagesPage(EngineConnection connection, TaskRunner tasks, Navigator navigator) {
        this(connection, tasks, navigator, RegistryLogins.forUser(SystemEnvironment.current()));
    }

    /** The page with registry sign-ins kept by {@code logins} (tests hand in a config folder of their own). */
    public ImagesPage(EngineConnection connection, TaskRunner tasks, Navigator navigator, RegistryLogins logins) {
        super(ID, "Images", AppIcon.IMAGE);
        this.model = closes(new ImagesModel(connection, tasks));
        RegistryDialogs registries = closes(new RegistryDialogs(connection, tasks, logins));
        ImagesView view = new ImagesView(model, navigator, registries);
        show(view, view::pageCommands);
        model.start();
    }

    @Override
    public void onShow() {
        // events keep the list current while connected; after a gap, catch up
        model.list().refreshIfStale();
    }

    /** The page's model, for tests that drive it without the mouse. */
    ImagesModel model() {
        return model;
    }
}
