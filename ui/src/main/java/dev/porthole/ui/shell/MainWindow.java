package dev.porthole.ui.shell;

import dev.porthole.ui.commands.AppCommands;
import dev.porthole.ui.commands.AppMenuBar;
import dev.porthole.ui.commands.CommandPalette;
import dev.porthole.ui.commands.CommandRegistry;
import dev.porthole.ui.commands.ShortcutsDialog;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The main window's content: the menu bar on top, sidebar on the left, the current page in the middle, the status
 * bar below; the command palette opens over it (Shortcut+K).
 * Everything it shows comes from the {@link ShellModel} and the pages it is given.
 */
public final class MainWindow extends BorderPane implements AutoCloseable {

    private static final String STYLESHEET =
            Objects.requireNonNull(MainWindow.class.getResource("shell.css")).toExternalForm();

    private final ShellModel model;
    private final List<Page> pages;
    private final PageHost host;
    private final StatusBar statusBar;
    private final Sidebar sidebar;
    private final CommandRegistry commands;
    private final AppCommands appCommands;
    /** Made on first use: the window starts without it. */
    private CommandPalette palette;

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
        sidebar = new Sidebar(model, pages, theme, openPreferences);
        setLeft(sidebar);
        setCenter(host);
        setBottom(statusBar);
        theme.attach(this);
        // the menu's accelerators are the window's shortcuts (Shortcut+1…9 for the pages, Shortcut+K…)
        commands = new CommandRegistry(pages, model.currentPageProperty(), model::showPage);
        appCommands = new AppCommands(theme, this::openPalette, this::showShortcuts, this::quit);
        if (openPreferences != null) {
            appCommands.setOnPreferences(openPreferences);
        }
        commands.addApp(appCommands.all());
        setTop(new AppMenuBar(commands, appCommands, theme, model.currentPageProperty()));
        model.currentPageProperty().addListener((obs, was, now) -> Platform.runLater(this::keepFocusInside));
    }

    /** Every command of the window: the palette's and the menu's source. */
    public CommandRegistry commands() {
        return commands;
    }

    /** What File → Preferences (Shortcut+,) opens; nothing until set. */
    public void setOnPreferences(Runnable open) {
        appCommands.setOnPreferences(open);
    }

    /** What Help → Start tutorial runs; nothing until set. */
    public void setOnStartTutorial(Runnable start) {
        appCommands.setOnStartTutorial(start);
    }

    /** Opens the command palette over this window. */
    public void openPalette() {
        if (palette == null) {
            palette = new CommandPalette(commands);
        }
        if (getScene() != null && getScene().getWindow() != null && !palette.isShowing()) {
            palette.show(getScene().getWindow());
        }
    }

    private void showShortcuts() {
        new ShortcutsDialog(commands, getScene() == null ? null : getScene().getWindow()).show();
    }

    /** Closes the window as its close button would: the close handler may still say no (unsaved work). */
    private void quit() {
        Window window = getScene() == null ? null : getScene().getWindow();
        if (window == null) {
            return;
        }
        WindowEvent request = new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST);
        EventHandler<WindowEvent> handler = window.getOnCloseRequest();
        if (handler != null) {
            handler.handle(request);
        }
        if (!request.isConsumed()) {
            window.hide();
        }
    }

    /** After a page change the focused node may have left with the old page: focus the new page's entry. */
    private void keepFocusInside() {
        if (getScene() == null) {
            return;
        }
        Node owner = getScene().getFocusOwner();
        if (owner == null || owner.getScene() != getScene() || !owner.isVisible()) {
            sidebar.focusCurrent();
        }
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
