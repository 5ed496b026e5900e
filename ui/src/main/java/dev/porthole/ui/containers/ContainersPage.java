package dev.porthole.ui.containers;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.prefs.Preferences;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.TaskRunner;
import javafx.scene.Node;

import java.awt.Desktop;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The Containers page: every container of the engine, live, with actions and details. */
public final class ContainersPage implements Page {

    private final ContainersModel model;
    private final ContainersView view;

    /** Opens port links with java.awt.Desktop, off the FX thread. */
    public ContainersPage(EngineConnection connection, TaskRunner tasks) {
        this(connection, tasks, null);
    }

    /**
     * @param openUrl opens a link in the browser (the shell passes HostServices::showDocument); null uses
     *                java.awt.Desktop off the FX thread
     */
    public ContainersPage(EngineConnection connection, TaskRunner tasks, Consumer<String> openUrl) {
        this(connection, tasks, openUrl, () -> Preferences.DEFAULT);
    }

    /** @param preferences the preferences now (log buffer size, default shell) */
    public ContainersPage(EngineConnection connection, TaskRunner tasks, Consumer<String> openUrl,
                          Supplier<Preferences> preferences) {
        this.model = new ContainersModel(connection, tasks, preferences);
        Consumer<String> opener = openUrl != null ? openUrl : url -> browse(tasks, url);
        this.view = new ContainersView(model, opener);
        model.start();
    }

    @Override
    public String id() {
        return "containers";
    }

    @Override
    public String title() {
        return "Containers";
    }

    @Override
    public AppIcon icon() {
        return AppIcon.CONTAINER;
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public List<Command> commands() {
        return view.commands();
    }

    /** Shows and selects this container (full id, id prefix or name). */
    public void select(String containerId) {
        view.select(containerId);
    }

    /** The page's model, for the shell and tests. */
    public ContainersModel model() {
        return model;
    }

    @Override
    public void onShow() {
        view.onShow();
    }

    @Override
    public void onHide() {
        view.onHide();
    }

    @Override
    public void close() {
        view.close();
        model.close();
    }

    private void browse(TaskRunner tasks, String url) {
        tasks.run(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                throw new UnsupportedOperationException("No browser can be opened from here; open " + url
                        + " yourself.");
            }
            Desktop.getDesktop().browse(URI.create(url));
            return url;
        }, opened -> { }, failure -> model.showMessage("Could not open " + url + ": "
                + ContainersModel.describe(failure)));
    }
}
