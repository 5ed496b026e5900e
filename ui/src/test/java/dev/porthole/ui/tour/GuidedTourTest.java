package dev.porthole.ui.tour;

import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.ui.lists.TestConnections;
import dev.porthole.ui.shell.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static dev.porthole.ui.shell.FxWait.onFx;
import static dev.porthole.ui.shell.FxWait.until;
import static dev.porthole.ui.tour.TourChecks.assertPointsAtAVisibleControl;
import static dev.porthole.ui.tour.TourChecks.settled;
import static org.assertj.core.api.Assertions.assertThat;

/** The tour over the real window whose connection was not started: every page shows, with nothing in it. */
@ExtendWith(ApplicationExtension.class)
class GuidedTourTest {

    private TourFixture shell;

    @org.junit.jupiter.api.BeforeAll
    static void patience() {
        TourChecks.patientSetup();
    }

    @Start
    void start(Stage stage) {
        SupervisedEngineConnection connection = TestConnections.neverStarted();
        shell = new TourFixture(connection, stage);
    }

    @AfterEach
    void closeShell() throws Exception {
        shell.closeOnFx();
    }

    @Test
    void walkingTheWholeTourPointsEachCalloutAtAVisibleControlOnItsPage(FxRobot robot) {
        robot.interact(shell.tour::start);
        int total = onFx(shell.tour::stepCount);
        assertThat(total).isEqualTo(TourSteps.standard().size());

        List<String> seen = new ArrayList<>();
        List<String> costs = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            settled(shell.tour);
            assertPointsAtAVisibleControl(shell.tour);
            TourStep step = onFx(shell.tour::step);
            if (step.page() != null) {
                assertThat(onFx(shell.window::currentPage)).as("page of %s", step.id()).isEqualTo(step.page());
            }
            assertThat(robot.lookup("#tour-count").queryLabeled().getText()).isEqualTo((i + 1) + " of " + total);
            assertThat(robot.lookup("#tour-title").queryLabeled().getText()).isNotBlank();
            seen.add(step.id() + "->" + onFx(() -> shell.tour.target().getId()));
            costs.add(step.id() + " " + onFx(this::followMicros) + " us");
            robot.clickOn("#tour-next");
        }
        // a figure, not an assertion: what following the target costs the FX thread on each layout pass
        System.out.println("Tour follow cost per layout pass: " + String.join(", ", costs));

        // nothing selected: the logs step points at the details pane and says to select a container
        assertThat(seen).containsExactly("sidebar->sidebar-nav", "containers->containers-table",
                "container-actions->containers-toolbar", "logs->container-details", "images->image-toolbar",
                "editor->editor-tabs", "layers->layers-sources", "status->status-bar", "learn->nav-learn");
        assertThat(onFx(shell.tour::isRunning)).isFalse();
        assertThat(robot.lookup("#tour-overlay").tryQuery()).isEmpty();
    }

    @Test
    void theLastStepSaysFinishAndTheFirstCannotGoBack(FxRobot robot) {
        robot.interact(shell.tour::start);
        settled(shell.tour);
        assertThat(robot.lookup("#tour-back").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#tour-next").queryLabeled().getText()).isEqualTo("Next");

        int total = onFx(shell.tour::stepCount);
        for (int i = 1; i < total; i++) {
            robot.clickOn("#tour-next");
        }
        settled(shell.tour);
        assertThat(robot.lookup("#tour-next").queryLabeled().getText()).isEqualTo("Finish");
        assertThat(robot.lookup("#tour-back").query().isDisabled()).isFalse();
    }

    @Test
    void backReturnsToTheStepBeforeAndItsPage(FxRobot robot) {
        robot.interact(shell.tour::start);
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#tour-next");
        }
        settled(shell.tour);
        assertThat(onFx(shell.window::currentPage)).isEqualTo("images");

        robot.clickOn("#tour-back");

        settled(shell.tour);
        assertThat(onFx(() -> shell.tour.step().id())).isEqualTo("logs");
        assertThat(onFx(shell.window::currentPage)).isEqualTo("containers");
        assertThat(robot.lookup("#tour-count").queryLabeled().getText()).startsWith("4 of ");
        assertPointsAtAVisibleControl(shell.tour);
    }

    @Test
    void skipEndsTheTourOnThePageTheUserWasOn(FxRobot robot) {
        robot.clickOn("#nav-dockerfile");
        robot.interact(shell.tour::start);
        robot.clickOn("#tour-next").clickOn("#tour-next");
        settled(shell.tour);
        assertThat(onFx(shell.window::currentPage)).isEqualTo("containers");

        robot.clickOn("#tour-skip");

        assertThat(onFx(shell.tour::isRunning)).isFalse();
        assertThat(robot.lookup("#tour-overlay").tryQuery()).isEmpty();
        assertThat(robot.lookup("#tour-callout").tryQuery()).isEmpty();
        assertThat(onFx(shell.window::currentPage)).isEqualTo("dockerfile");
    }

    @Test
    void arrowKeysMoveAndEscapeSkips(FxRobot robot) {
        robot.interact(shell.tour::start);
        settled(shell.tour);

        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        assertThat(onFx(shell.tour::stepIndex)).isEqualTo(2);
        robot.type(KeyCode.LEFT);
        assertThat(onFx(shell.tour::stepIndex)).isEqualTo(1);
        settled(shell.tour);

        robot.type(KeyCode.ESCAPE);
        assertThat(onFx(shell.tour::isRunning)).isFalse();
        assertThat(robot.lookup("#tour-overlay").tryQuery()).isEmpty();
    }

    @Test
    void resizingTheWindowMovesTheCutOutWithItsTarget(FxRobot robot) {
        robot.interact(shell.tour::start);
        robot.clickOn("#tour-next").clickOn("#tour-next");
        settled(shell.tour);
        assertThat(onFx(() -> shell.tour.target().getId())).isEqualTo("containers-toolbar");
        Bounds before = onFx(() -> shell.tour.overlay().hole());

        robot.interact(() -> {
            shell.stage.setWidth(900);
            shell.stage.setHeight(620);
        });

        until("the cut-out follows the narrower toolbar", 10,
                () -> shell.tour.overlay().hole().getWidth() < before.getWidth() - 100);
        settled(shell.tour);
        assertPointsAtAVisibleControl(shell.tour);
        assertThat(onFx(() -> shell.tour.overlay().getWidth())).isEqualTo(onFx(() -> shell.window.getWidth()));
    }

    @Test
    void switchingTheThemeMidTourKeepsTheCutOutAndRestylesTheCallout(FxRobot robot) {
        robot.interact(() -> shell.theme.setMode(Theme.Mode.LIGHT));
        robot.interact(shell.tour::start);
        robot.clickOn("#tour-next");
        settled(shell.tour);
        Object lightBackground = onFx(() -> callout(robot).getBackground().getFills().getFirst().getFill());

        // the toggle itself is dimmed (clicks on the dim are swallowed): switch as the OS or a menu would
        robot.interact(() -> shell.theme.setMode(Theme.Mode.DARK));

        until("the callout takes the dark theme's colours", 10, () -> shell.theme.isDark()
                && !callout(robot).getBackground().getFills().getFirst().getFill().equals(lightBackground));
        settled(shell.tour);
        assertThat(onFx(shell.tour::isRunning)).isTrue();
        assertThat(onFx(() -> shell.tour.step().id())).isEqualTo("containers");
        assertPointsAtAVisibleControl(shell.tour);
    }

    @Test
    void clicksOnTheDimmedWindowDoNotReachIt(FxRobot robot) {
        robot.interact(shell.tour::start);
        for (int i = 0; i < 7; i++) {
            robot.clickOn("#tour-next");
        }
        settled(shell.tour);
        assertThat(onFx(() -> shell.tour.step().id())).isEqualTo("status");
        String page = onFx(shell.window::currentPage);

        // the sidebar is dimmed while the status bar is explained
        Node imagesEntry = robot.lookup("#nav-images").query();
        robot.clickOn(imagesEntry);

        assertThat(onFx(shell.window::currentPage)).isEqualTo(page);
        assertThat(onFx(shell.tour::isRunning)).isTrue();
    }

    @Test
    void startingAgainBeginsAtTheFirstStep(FxRobot robot) {
        robot.interact(shell.tour::start);
        robot.clickOn("#tour-next").clickOn("#tour-next");

        robot.interact(shell.tour::start);

        settled(shell.tour);
        assertThat(onFx(shell.tour::stepIndex)).isZero();
        assertThat(robot.lookup("#tour-overlay").queryAll()).hasSize(1);
        assertThat(robot.lookup("#tour-text").queryAs(Labeled.class).getText()).contains("Ctrl+1");
    }

    /** Median microseconds of one find-and-lay-out of the overlay, over 200 runs. */
    private long followMicros() {
        long[] runs = new long[200];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            shell.tour.refresh();
            runs[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(runs);
        return runs[runs.length / 2] / 1000;
    }

    private static Region callout(FxRobot robot) {
        return robot.lookup("#tour-callout").queryAs(Region.class);
    }
}
