package dev.porthole.ui;

import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.engine.docker.DockerEngineFactory;
import dev.porthole.ui.containers.ContainersPage;
import dev.porthole.ui.dashboard.DashboardPage;
import dev.porthole.ui.editor.EditorPage;
import dev.porthole.ui.images.ImagesPage;
import dev.porthole.ui.layers.LayersPage;
import dev.porthole.ui.learn.LearnPage;
import dev.porthole.ui.networks.NetworksPage;
import dev.porthole.prefs.PreferencesStore;
import dev.porthole.prefs.UserFolders;
import dev.porthole.ui.controls.ConfirmPolicy;
import dev.porthole.ui.prefs.PreferencesModel;
import dev.porthole.ui.prefs.PreferencesWindow;
import dev.porthole.ui.shell.ConfigDir;
import dev.porthole.ui.shell.ErrorReporter;
import dev.porthole.ui.shell.FxTaskRunner;
import dev.porthole.ui.shell.MainWindow;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.ShellModel;
import dev.porthole.ui.shell.Theme;
import dev.porthole.ui.shell.WindowPlacement;
import dev.porthole.ui.shell.WindowState;
import dev.porthole.ui.shell.WindowStateStore;
import dev.porthole.ui.tour.GuidedTour;
import dev.porthole.ui.tour.Welcome;
import dev.porthole.ui.tour.WelcomeFlag;
import dev.porthole.ui.volumes.VolumesPage;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.scene.image.Image;
import dev.porthole.icons.AppLogo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The composition root: creates the engine services, the task runner, the pages and the window, and closes them
 * all on the one way out ({@link #stop()}).
 */
public final class MainApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(MainApp.class);
    /** Pages that cannot work without an engine; the rest stay usable when there is none. */
    private static final Set<String> ENGINE_PAGES = Set.of("containers", "images", "dashboard", "volumes", "networks");
    private static final String FIRST_PAGE = "containers";

    private final Path configDir;
    /** Whether a first start greets the user with the guided tour's welcome (not in tests and benches). */
    private final boolean welcome;
    private GuidedTour tour;
    /** Everything opened, newest first: closed in that order on exit, also after a failed start. */
    private final Deque<AutoCloseable> owned = new ArrayDeque<>();
    private List<Page> pages = List.of();
    private WindowStateStore store;
    private WindowPlacement placement;
    private MainWindow window;
    private Theme theme;
    private PreferencesModel preferences;
    private PreferencesWindow preferencesWindow;
    private volatile boolean stopped;
    private final Thread saveOnKill = new Thread(this::saveState, "porthole-save-window-state");

    /** The app with its settings in the platform's per-user folder. */
    public MainApp() {
        this(null, true);
    }

    /** The app with its settings in {@code configDir} (benches and tests keep the user's settings untouched). */
    public MainApp(Path configDir) {
        this(configDir, false);
    }

    /** As {@link #MainApp(Path)}; {@code welcome}: offer the guided tour on a first start in that folder. */
    public MainApp(Path configDir, boolean welcome) {
        this.configDir = configDir;
        this.welcome = welcome;
    }

    @Override
    public void start(Stage stage) {
        try {
            open(stage);
        } catch (RuntimeException | Error e) {
            // JavaFX does not call stop() after a failed start: close what was opened here
            stop();
            throw e;
        }
    }

    private void open(Stage stage) {
        // first, so that even a failure while building the window is logged and shown
        new ErrorReporter(UserFolders.logs().resolve("porthole.log")).install();
        store = new WindowStateStore((configDir != null ? configDir : ConfigDir.current()).resolve("window.properties"));
        WindowState saved = store.load();
        theme = Theme.followingPlatform();

        EngineFactory factory = new DockerEngineFactory();
        EngineLocator locator = new EngineLocator(SystemEnvironment.current());
        preferences = new PreferencesModel(
                PreferencesStore.in(configDir != null ? configDir : ConfigDir.current()),
                choice -> locator.withChoice(choice).discoverAll(factory));
        followPreferences(saved);
        // the chosen engine is read at every search, so a saved change applies at the next (re)connect
        EngineConnection connection = own(new SupervisedEngineConnection(
                () -> locator.withChoice(preferences.current().engine()).discover(factory), factory));
        // search now, in the background: the first probe (cold client, TLS set-up) overlaps building the window,
        // and whoever subscribes later is told the current status at once
        connection.start();
        FxTaskRunner tasks = own(new FxTaskRunner(4));
        ShellModel shell = own(new ShellModel(connection, tasks));

        ContainersPage containers = own(new ContainersPage(connection, tasks, getHostServices()::showDocument,
                preferences::current));
        preferencesWindow = new PreferencesWindow(preferences, tasks);
        preferences.currentProperty().addListener((o, was, now) -> {
            if (!now.engine().equals(was.engine())) {
                connection.retryNow();
            }
        });
        shell.setContainerSelector(containers::select);
        EditorPage editor = own(new EditorPage(configDir != null ? configDir : ConfigDir.current(),
                connection, tasks, shell));
        LayersPage layers = own(new LayersPage(connection, tasks));
        shell.setLayersOpener(layers::openImage);
        pages = List.of(
                own(new DashboardPage(connection, tasks, shell)),
                containers,
                own(new ImagesPage(connection, tasks, shell)),
                layers,
                own(new VolumesPage(connection, tasks)),
                own(new NetworksPage(connection, tasks)),
                editor,
                // the tour is made once the window shows; the button asks for it then
                own(new LearnPage(configDir != null ? configDir : ConfigDir.current(), connection, tasks, shell,
                        file -> {
                            shell.showPage(EditorPage.ID);
                            editor.open(file);
                        }, this::startTour).logLinesFrom(() -> preferences.current().logBufferLines())));
        window = own(new MainWindow(shell, pages, ENGINE_PAGES, theme, this::openPreferences));
        window.setOnStartTutorial(this::startTour);
        if (!window.showPage(saved.lastPage())) {
            window.showPage(FIRST_PAGE);
        }

        stage.setTitle("Porthole");
        stage.getIcons().setAll(AppLogo.windowIcons().stream().map(u -> new Image(u.toExternalForm())).toList());
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setMinHeight(WindowState.MIN_HEIGHT);
        stage.setScene(new Scene(window));
        new ConfirmPolicy(() -> preferences.current().confirmations()).install(stage);
        placement = WindowPlacement.apply(stage, saved);
        // unsaved Dockerfile work: ask before the window goes
        stage.setOnCloseRequest(e -> {
            if (!editor.canClose()) {
                e.consume();
            }
        });
        stage.show();
        tour = new GuidedTour(window);
        if (welcome) {
            Welcome.offerOnce(tour, WelcomeFlag.in(configDir != null ? configDir : ConfigDir.current()));
        }
        tellIfPreferencesWereDamaged(stage);
        // a session ending with SIGTERM skips stop(): still remember where the window was
        Runtime.getRuntime().addShutdownHook(saveOnKill);
    }

    private synchronized void saveState() {
        if (stopped || placement == null) {
            return;
        }
        try {
            store.save(placement.snapshot(window.currentPage()));
        } catch (Exception e) {
            LOG.warn("Could not save the window state to {}: {}", store.file(), e.toString());
        }
    }

    /**
     * The theme is a preference: a first run takes the theme older versions kept with the window state, and
     * from then on the theme follows the preferences and the sidebar's toggle saves into them.
     */
    private void followPreferences(WindowState saved) {
        if (preferences.firstRun()) {
            store.legacyTheme().ifPresent(old -> preferences.update(preferences.current().withTheme(old.choice())));
        }
        theme.setMode(Theme.Mode.of(preferences.current().theme()));
        preferences.currentProperty().addListener((o, was, now) -> theme.setMode(Theme.Mode.of(now.theme())));
        theme.modeProperty().addListener((o, was, now) ->
                preferences.update(preferences.current().withTheme(now.choice())));
    }

    /** Says once, after the window shows, that the preferences file was damaged and what happened to it. */
    private void tellIfPreferencesWereDamaged(Stage stage) {
        String problem = preferences.loadProblemProperty().get();
        if (problem == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, problem, ButtonType.OK);
        alert.setTitle("Preferences");
        alert.setHeaderText("The preferences could not be read");
        alert.getDialogPane().setId("preferences-damaged");
        alert.initOwner(stage);
        alert.setOnHidden(e -> preferences.problemShown());
        alert.show();
    }

    /** Runs the guided tour of the window from its first step (the Learn page's button, Help → Start tutorial). */
    public void startTour() {
        if (tour != null) {
            tour.start();
        }
    }

    /** Opens the preferences window over the main window (the sidebar's gear, Shortcut+, and the menu). */
    public void openPreferences() {
        if (preferencesWindow != null) {
            preferencesWindow.show(window == null || window.getScene() == null ? null : window.getScene().getWindow());
        }
    }

    /** The preferences in use (for the menu bar and tests). */
    public PreferencesModel preferences() {
        return preferences;
    }

    private <T extends AutoCloseable> T own(T closeable) {
        owned.push(closeable);
        return closeable;
    }

    /** The page with this id once started (benches measure the containers page's model). */
    public Optional<Page> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The one way out: save the window state, then close everything opened in {@link #start}. */
    @Override
    public void stop() {
        if (stopped) {
            return;
        }
        saveState();
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(saveOnKill);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the JVM is already shutting down, or the hook was never added
        }
        // newest first: the window, the pages (their streams), the model, the workers, the connection
        while (!owned.isEmpty()) {
            AutoCloseable c = owned.pop();
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
