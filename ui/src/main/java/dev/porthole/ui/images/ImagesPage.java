package dev.porthole.ui.images;

import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.RegistryLogins;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.Navigator;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.TaskRunner;
import dev.porthole.ui.commands.Command;
import javafx.scene.Node;

import java.util.List;

/** The images page: every image of the engine, with remove, tag, run, inspect, history, pull and push. */
public final class ImagesPage implements Page {

    public static final String ID = "images";

    private final ImagesModel model;
    private final ImagesView view;
    private final RegistryDialogs registries;

    public ImagesPage(EngineConnection connection, TaskRunner tasks, Navigator navigator) {
        this(connection, tasks, navigator, RegistryLogins.forUser(SystemEnvironment.current()));
    }

    /** The page with registry sign-ins kept by {@code logins} (tests hand in a config folder of their own). */
    public ImagesPage(EngineConnection connection, TaskRunner tasks, Navigator navigator, RegistryLogins logins) {
        this.model = new ImagesModel(connection, tasks);
        this.registries = new RegistryDialogs(connection, tasks, logins);
        this.view = new ImagesView(model, navigator, registries);
        model.start();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Images";
    }

    @Override
    public AppIcon icon() {
        return AppIcon.IMAGE;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<Command> commands() {
        return view.pageCommands();
    }

    @Override
    public void onShow() {
        // events keep the list current while connected; after a gap, catch up
        if (model.staleProperty().get()) {
            model.refresh();
        }
    }

    @Override
    public void close() {
        registries.close();
        model.close();
    }

    /** The page's model, for tests that drive it without the mouse. */
    ImagesModel model() {
        return model;
    }
}
