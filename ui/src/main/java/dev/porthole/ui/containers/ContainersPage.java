package dev.porthole.ui.containers;

import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.prefs.Preferences;
import dev.porthole.ui.shell.AbstractPage;
import dev.porthole.ui.shell.TaskRunner;

import java.awt.Desktop;
import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The Containers page: every container of the engine, live, with actions and details. */
public final class ContainersPage extends AbstractPage {

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
        super("containers", "Containers", AppIcon.CONTAINER);
        this.model = closes(new ContainersModel(connection, tasks, preferences));
        Consumer<String> opener = openUrl != null ? openUrl : url -> browse(tasks, url);
        this.view = new ContainersView(model, opener);
        closes(view::close);
        show(view, view::commands);
        model.start();
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
