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
import dev.porthole.ui.networks.NetworksPage;
import dev.porthole.ui.shell.ComingPage;
import dev.porthole.ui.shell.ConfigDir;
import dev.porthole.ui.shell.FxTaskRunner;
import dev.porthole.ui.shell.MainWindow;
import dev.porthole.ui.shell.Page;
import dev.porthole.ui.shell.ShellModel;
import dev.porthole.ui.shell.Theme;
import dev.porthole.ui.shell.WindowPlacement;
import dev.porthole.ui.shell.WindowState;
import dev.porthole.ui.shell.WindowStateStore;
import dev.porthole.ui.volumes.VolumesPage;
import javafx.application.Application;
import javafx.scene.Scene;
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
    /** Everything opened, newest first: closed in that order on exit, also after a failed start. */
    private final Deque<AutoCloseable> owned = new ArrayDeque<>();
    private List<Page> pages = List.of();
    private WindowStateStore store;
    private WindowPlacement placement;
    private MainWindow window;
    private Theme theme;
    private volatile boolean stopped;
    private final Thread saveOnKill = new Thread(this::saveState, "porthole-save-window-state");

    /** The app with its settings in the platform's per-user folder. */
    public MainApp() {
        this(null);
    }

    /** The app with its settings in {@code configDir} (benches and tests keep the user's settings untouched). */
    public MainApp(Path configDir) {
        this.configDir = configDir;
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
        store = new WindowStateStore((configDir != null ? configDir : ConfigDir.current()).resolve("window.properties"));
        WindowState saved = store.load();
        theme = Theme.followingPlatform();
        theme.setMode(saved.theme());

        EngineFactory factory = new DockerEngineFactory();
        EngineLocator locator = new EngineLocator(SystemEnvironment.current());
        EngineConnection connection = own(new SupervisedEngineConnection(() -> locator.discover(factory), factory));
        // search now, in the background: the first probe (cold client, TLS set-up) overlaps building the window,
        // and whoever subscribes later is told the current status at once
        connection.start();
        FxTaskRunner tasks = own(new FxTaskRunner(4));
        ShellModel shell = own(new ShellModel(connection, tasks));

        ContainersPage containers = own(new ContainersPage(connection, tasks, getHostServices()::showDocument));
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
                ComingPage.learn());
        window = own(new MainWindow(shell, pages, ENGINE_PAGES, theme));
        if (!window.showPage(saved.lastPage())) {
            window.showPage(FIRST_PAGE);
        }

        stage.setTitle("Porthole");
        stage.getIcons().setAll(AppLogo.windowIcons().stream().map(u -> new Image(u.toExternalForm())).toList());
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setMinHeight(WindowState.MIN_HEIGHT);
        stage.setScene(new Scene(window));
        placement = WindowPlacement.apply(stage, saved);
        // unsaved Dockerfile work: ask before the window goes
        stage.setOnCloseRequest(e -> {
            if (!editor.canClose()) {
                e.consume();
            }
        });
        stage.show();
        // a session ending with SIGTERM skips stop(): still remember where the window was
        Runtime.getRuntime().addShutdownHook(saveOnKill);
    }

    private synchronized void saveState() {
        if (stopped || placement == null) {
            return;
        }
        try {
            store.save(placement.snapshot(window.currentPage(), theme.mode()));
        } catch (Exception e) {
            LOG.warn("Could not save the window state to {}: {}", store.file(), e.toString());
        }
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
