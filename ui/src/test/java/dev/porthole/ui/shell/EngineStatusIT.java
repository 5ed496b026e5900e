package dev.porthole.ui.shell;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.model.EngineInfo;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.UnixSocketProxy;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static dev.porthole.ui.shell.FxWait.onFx;
import static dev.porthole.ui.shell.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Against the real engine, through a pass-through socket the test can cut: the status bar shows the engine's
 * facts, a drop leaves the pages' data on screen marked stale, and everything comes back with the engine.
 * Skips with a printed reason when no engine answers (fails with CI=true).
 */
@ExtendWith(ApplicationExtension.class)
class EngineStatusIT {

    private static EngineInfo expected;
    private static EngineEndpoint engineEndpoint;

    private UnixSocketProxy proxy;
    private ShellFixture shell;

    @BeforeAll
    static void needsAnEngine() {
        try (Engine engine = TestEngines.assumeEngine()) {
            expected = engine.info();
            EngineEndpoint endpoint = engine.endpoint();
            boolean unix = endpoint.host().startsWith("unix://");
            if (!unix) {
                System.out.println("SKIPPED engine test: the engine at " + endpoint
                        + " is not a unix socket, which the pass-through needs");
            }
            assumeTrue(unix, "the engine is not on a unix socket");
            engineEndpoint = endpoint;
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        proxy = new UnixSocketProxy(Path.of("/tmp/porthole-it-" + ProcessHandle.current().pid() + ".sock"),
                UnixSocketProxy.addressOf(engineEndpoint));
        proxy.open();
        Map<String, String> env = new HashMap<>(Map.of("DOCKER_HOST", proxy.host()));
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "porthole-it-home");
        EngineLocator locator = new EngineLocator(new SystemEnvironment(env, home, "Linux", Files::exists));
        var factory = TestEngines.factory();
        SupervisedEngineConnection connection = new SupervisedEngineConnection(() -> locator.discover(factory),
                factory, new SupervisedEngineConnection.Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
        shell = new ShellFixture(connection, stage);
        connection.start();
    }

    @AfterEach
    void closeAll() throws Exception {
        try {
            shell.closeOnFx();
        } finally {
            proxy.close();
        }
    }

    @Test
    void statusBarShowsTheConnectedEnginesFacts(FxRobot robot) {
        until("connected", 20, () -> "Connected".equals(robot.lookup("#status-state").queryLabeled().getText()));

        assertThat(robot.lookup("#status-endpoint").queryLabeled().getText())
                .isEqualTo(proxy.host() + " (DOCKER_HOST)");
        assertThat(robot.lookup("#status-engine").queryLabeled().getText())
                .contains(expected.version()).startsWith(expected.name());
        assertThat(robot.lookup("#status-api").queryLabeled().getText()).isEqualTo("API " + expected.apiVersion());
        assertThat(robot.lookup("#status-detail").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#no-engine").tryQuery()).isEmpty();
        assertThat(onFx(shell::shownNode)).isSameAs(shell.containers.view());
    }

    @Test
    void aDropKeepsTheDataMarkedStaleAndItAllComesBack(FxRobot robot) throws IOException {
        until("connected and the containers listed", 20,
                () -> shell.model.statusProperty().get() != null && shell.model.statusProperty().get().connected()
                        && shell.containers.model().loadedProperty().get());
        int rows = onFx(() -> shell.containers.model().allRows().size());

        proxy.cut();

        // read together: between attempts the bar flips to "Connecting…" for a moment
        until("the bar says disconnected, why, and when it retries", 20, () ->
                "Disconnected".equals(robot.lookup("#status-state").queryLabeled().getText())
                        && !robot.lookup("#status-detail").queryLabeled().getText().isBlank()
                        && robot.lookup("#status-retry").queryLabeled().getText().startsWith("retrying"));
        assertThat(onFx(() -> shell.containers.view().getPseudoClassStates().contains(PageHost.STALE))).isTrue();
        assertThat(robot.lookup("#no-engine").tryQuery()).as("no no-engine pane after a drop").isEmpty();
        assertThat(onFx(() -> shell.containers.model().allRows().size())).as("rows kept").isEqualTo(rows);
        assertThat(robot.lookup(".table-view").queryAs(TableView.class).isVisible()).isTrue();

        proxy.open();

        until("connected again", 20, () -> "Connected".equals(robot.lookup("#status-state").queryLabeled().getText()));
        until("the page is fresh again", 10,
                () -> !shell.containers.view().getPseudoClassStates().contains(PageHost.STALE)
                        && !shell.containers.model().staleProperty().get());
        assertThat(robot.lookup("#status-detail").queryLabeled().getText()).isEmpty();
    }
}
