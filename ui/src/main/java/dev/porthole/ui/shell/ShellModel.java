package dev.porthole.ui.shell;

import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.Subscription;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The main window's model: the connection status as the FX thread sees it, which page shows, and navigation.
 * Properties change on the FX thread only.
 */
public final class ShellModel implements Navigator, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShellModel.class);
    public static final String CONTAINERS_PAGE = "containers";

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ConnectionStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper everConnected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper searchFailed = new ReadOnlyBooleanWrapper();
    private final StringProperty currentPage = new SimpleStringProperty();
    private final BooleanBinding noEngine;
    private final BooleanBinding stale;
    private final Subscription statusSubscription;
    private Consumer<String> containerSelector = id -> { };
    private Consumer<String> layersOpener = ref -> { };

    public ShellModel(EngineConnection connection, TaskRunner tasks) {
        this.connection = connection;
        this.tasks = tasks;
        noEngine = searchFailed.and(everConnected.not());
        stale = Bindings.createBooleanBinding(
                () -> everConnected.get() && status.get() != null && !status.get().connected(),
                everConnected, status);
        statusSubscription = connection.onStatus(s -> tasks.onUi(() -> apply(s)));
    }

    private void apply(ConnectionStatus s) {
        if (s == null) {
            return;
        }
        if (s.connected()) {
            everConnected.set(true);
            searchFailed.set(false);
        } else if (s.state() == ConnectionStatus.State.DISCONNECTED) {
            searchFailed.set(true);
        }
        status.set(s);
    }

    // --- state

    /** The latest status, or null before the connection said anything. */
    public ReadOnlyObjectProperty<ConnectionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the app was connected at least once since it started. */
    public ReadOnlyBooleanProperty everConnectedProperty() {
        return everConnected.getReadOnlyProperty();
    }

    /**
     * True when no engine was ever found and a search has failed: engine pages give way to the no-engine pane.
     * It stays true through later attempts (CONNECTING) so the pane does not flicker, until one succeeds.
     */
    public BooleanBinding noEngineProperty() {
        return noEngine;
    }

    /** True while disconnected after having been connected: engine pages show stale data. */
    public BooleanBinding staleProperty() {
        return stale;
    }

    /** Id of the page shown. */
    public StringProperty currentPageProperty() {
        return currentPage;
    }

    // --- commands

    @Override
    public void showPage(String pageId) {
        currentPage.set(Objects.requireNonNull(pageId));
    }

    @Override
    public void showContainer(String containerId) {
        showPage(CONTAINERS_PAGE);
        containerSelector.accept(containerId);
    }

    @Override
    public void showLayers(String imageReference) {
        showPage("layers");
        layersOpener.accept(imageReference);
    }

    /** Who reads an image when another page asks for its layers (the layers page). */
    public void setLayersOpener(Consumer<String> opener) {
        this.layersOpener = Objects.requireNonNull(opener);
    }

    /** Who selects a container when another page asks for one (the containers page). */
    public void setContainerSelector(Consumer<String> selector) {
        this.containerSelector = Objects.requireNonNull(selector);
    }

    /** Asks the connection to try again now, off the FX thread. */
    public void retry() {
        tasks.run(() -> {
            connection.retryNow();
            return null;
        }, ok -> { }, e -> LOG.warn("Retry failed to start: {}", e.toString()));
    }

    @Override
    public void close() {
        statusSubscription.close();
    }
}
