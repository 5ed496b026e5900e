package dev.porthole.ui.shell;

import javafx.scene.layout.BorderPane;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The main window's content: sidebar on the left, the current page in the middle, the status bar below.
 * Everything it shows comes from the {@link ShellModel} and the pages it is given.
 */
public final class MainWindow extends BorderPane implements AutoCloseable {

    private static final String STYLESHEET =
            Objects.requireNonNull(MainWindow.class.getResource("shell.css")).toExternalForm();

    private final ShellModel model;
    private final List<Page> pages;
    private final PageHost host;
    private final StatusBar statusBar;
    private final Runnable openPreferences;

    /**
     * @param model       the shell's model (also the pages' navigator)
     * @param pages       the pages in sidebar order
     * @param enginePages ids of the pages that cannot work without an engine
     * @param theme       the theme to apply to this window
     */
    public MainWindow(ShellModel model, List<Page> pages, Set<String> enginePages, Theme theme) {
        this(model, pages, enginePages, theme, null);
    }

    /** @param openPreferences opens the preferences window (sidebar gear, Shortcut+,); null: neither */
    public MainWindow(ShellModel model, List<Page> pages, Set<String> enginePages, Theme theme,
                      Runnable openPreferences) {
        this.openPreferences = openPreferences;
        this.model = model;
        this.pages = List.copyOf(pages);
        if (model.currentPageProperty().get() == null && !pages.isEmpty()) {
            model.showPage(pages.getFirst().id());
        }
        getStyleClass().add("main-window");
        getStylesheets().add(STYLESHEET);
        NoEnginePane noEngine = new NoEnginePane(model, System.getProperty("os.name", ""));
        host = new PageHost(model, pages, enginePages, noEngine);
        statusBar = new StatusBar(model, Clock.systemUTC());
        setLeft(new Sidebar(model, pages, theme, openPreferences));
        setCenter(host);
        setBottom(statusBar);
        theme.attach(this);
        installShortcuts();
    }

    /** Shortcut+1…9 jump to the pages in sidebar order. */
    private void installShortcuts() {
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                return;
            }
            for (int i = 0; i < Math.min(9, pages.size()); i++) {
                String id = pages.get(i).id();
                scene.getAccelerators().put(Sidebar.shortcut(i), () -> model.showPage(id));
            }
            if (openPreferences != null) {
                scene.getAccelerators().put(Sidebar.PREFERENCES_KEY, openPreferences);
            }
        });
    }

    /** Shows the page with this id when there is one; returns whether it did. */
    public boolean showPage(String id) {
        if (id == null || !host.hasPage(id)) {
            return false;
        }
        model.showPage(id);
        return true;
    }

    /** Whether this window has a page with this id. */
    public boolean hasPage(String id) {
        return id != null && host.hasPage(id);
    }

    /** The id of the page shown. */
    public String currentPage() {
        return model.currentPageProperty().get();
    }

    /** Stops the status bar's timer and tells the visible page it is hidden; pages are closed by their owner. */
    @Override
    public void close() {
        statusBar.close();
        host.hideCurrent();
    }
}
