package dev.porthole.ui.tour;

import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.engine.docker.DockerEngineFactory;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.porthole.ui.shell.FxWait.onFx;
import static dev.porthole.ui.shell.FxWait.until;
import static dev.porthole.ui.tour.TourChecks.assertPointsAtAVisibleControl;
import static dev.porthole.ui.tour.TourChecks.settled;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No engine anywhere (DOCKER_HOST names a socket that does not exist): the engine pages show the no-engine pane,
 * and the tour points at what is there instead and says so.
 */
@ExtendWith(ApplicationExtension.class)
class TourWithoutEngineTest {

    private TourFixture shell;

    @org.junit.jupiter.api.BeforeAll
    static void patience() {
        TourChecks.patientSetup();
    }

    @Start
    void start(Stage stage) {
        EngineLocator locator = new EngineLocator(new SystemEnvironment(
                Map.of("DOCKER_HOST", "unix:///tmp/porthole-tour-none.sock"), Path.of("/nonexistent-home"),
                "Linux", Files::exists));
        DockerEngineFactory factory = new DockerEngineFactory();
        SupervisedEngineConnection connection = new SupervisedEngineConnection(() -> locator.discover(factory),
                factory, new SupervisedEngineConnection.Backoff(Duration.ofMinutes(5), Duration.ofMinutes(5)));
        shell = new TourFixture(connection, stage);
        connection.start();
    }

    @AfterEach
    void closeShell() throws Exception {
        shell.closeOnFx();
    }

    @Test
    void engineStepsPointAtTheNoEnginePaneAndSayWhy(FxRobot robot) {
        until("the no-engine pane shows", 15, () -> robot.lookup("#no-engine").tryQuery().isPresent());
        robot.interact(shell.tour::start);

        List<String> seen = new ArrayList<>();
        int total = onFx(shell.tour::stepCount);
        for (int i = 0; i < total; i++) {
            settled(shell.tour);
            assertPointsAtAVisibleControl(shell.tour);
            seen.add(onFx(() -> shell.tour.step().id() + "->" + shell.tour.target().getId() + " ("
                    + shell.tour.spot().key() + ")"));
            if (onFx(() -> shell.tour.step().id()).equals("containers")) {
                assertThat(robot.lookup("#tour-title").queryLabeled().getText()).isEqualTo("Containers need an engine");
                assertThat(robot.lookup("#tour-text").queryLabeled().getText()).contains("No engine answers");
            }
            robot.clickOn("#tour-next");
        }

        assertThat(seen).containsExactly(
                "sidebar->sidebar-nav (sidebar)",
                "containers->no-engine (containers.no-engine)",
                "container-actions->retry (container-actions.no-engine)",
                "logs->no-engine (logs.no-engine)",
                "images->no-engine (images.no-engine)",
                "editor->editor-tabs (editor)",
                "layers->layers-sources (layers)",
                "status->status-bar (status)",
                "learn->nav-learn (learn)");
    }
}
