package dev.porthole.ui.tour;

import dev.porthole.engine.Engine;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.lists.TestConnections;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.TableView;

import static dev.porthole.ui.shell.FxWait.onFx;
import static dev.porthole.ui.shell.FxWait.until;
import static dev.porthole.ui.tour.TourChecks.assertPointsAtAVisibleControl;
import static dev.porthole.ui.tour.TourChecks.settled;
import static org.assertj.core.api.Assertions.assertThat;

/** The tour on the real engine with a running container selected: the logs step points at its Logs tab. */
@ExtendWith(ApplicationExtension.class)
class GuidedTourIT {

    private static Engine engine;
    private static String name;
    private TourFixture shell;

    @BeforeAll
    static void runContainer() {
        TourChecks.patientSetup();
        engine = TestEngines.assumeEngine();
        name = TestImages.uniqueName("tour");
        TestImages.runSleeper(engine, name);
    }

    @AfterAll
    static void removeContainer() {
        TestImages.cleanupAndClose(engine);
    }

    @Start
    void start(Stage stage) {
        var connection = TestConnections.toTestEngine();
        shell = new TourFixture(connection, stage);
        connection.start();
    }

    @AfterEach
    void closeShell() throws Exception {
        shell.closeOnFx();
    }

    @Test
    void withAContainerSelectedTheLogsStepPointsAtItsLogsTab(FxRobot robot) {
        until("the containers table lists the test container", 30, () -> robot.lookup("#containers-table")
                .tryQueryAs(TableView.class).map(t -> !t.getItems().isEmpty()).orElse(false));
        robot.interact(() -> shell.model.showContainer(name));
        until("its details show", 30, () -> robot.lookup("#details-title").queryLabeled().getText().equals(name));

        robot.interact(shell.tour::start);
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#tour-next");
        }

        settled(shell.tour);
        assertThat(onFx(() -> shell.tour.step().id())).isEqualTo("logs");
        assertThat(onFx(() -> shell.tour.target().getId())).isEqualTo("tab-logs");
        assertThat(robot.lookup("#tour-text").queryLabeled().getText()).contains("Logs tab");
        assertPointsAtAVisibleControl(shell.tour);

        robot.clickOn("#tour-next");
        settled(shell.tour);
        assertThat(onFx(() -> shell.tour.target().getId())).isEqualTo("image-toolbar");
        assertPointsAtAVisibleControl(shell.tour);
    }
}
