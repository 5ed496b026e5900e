package dev.porthole.ui.learn;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.engine.Engine;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.learn.Tutorial;
import dev.porthole.learn.TutorialLedger;
import dev.porthole.learn.TutorialResources;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.lists.TestConnections;
import dev.porthole.ui.shell.FxTaskRunner;
import dev.porthole.ui.shell.Navigator;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.shell.FxWait.onFx;
import static dev.porthole.ui.shell.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lessons 3 to 5 on the real engine, walked through the Learn page as a user does: press each step's button, and
 * see the step complete only after the engine did the thing. Then the overview's clean-up removes what was made.
 */
@ExtendWith(ApplicationExtension.class)
class LearnPageIT {

    /** A log size no default has, to see the page's own setting reach its log window. */
    private static final int LOG_LINES = 4_321;

    private static Engine engine;
    private static Tutorial tutorial;
    private static Path config;

    private final List<String> layersShown = new CopyOnWriteArrayList<>();
    private SupervisedEngineConnection connection;
    private FxTaskRunner tasks;
    private LearnPage page;

    @BeforeAll
    static void connect() throws Exception {
        engine = TestEngines.assumeEngine();
        String run = TestImages.uniqueName("learnui").substring("porthole-it-".length());
        tutorial = new Tutorial(Map.of(Tutorial.LABEL, run, TEST_LABEL, "true"), "porthole-tutorial-" + run);
        config = Files.createTempDirectory("porthole-learn-it");
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) {
            TutorialResources resources = new TutorialResources(tutorial, new TutorialLedger(config));
            resources.cleanUp(engine, resources.list(engine));
            engine.close();
        }
    }

    @Start
    void start(Stage stage) {
        connection = TestConnections.toTestEngine();
        tasks = new FxTaskRunner(2);
        Navigator navigator = new Navigator() {
            @Override
            public void showPage(String pageId) {
            }

            @Override
            public void showContainer(String containerId) {
            }

            @Override
            public void showLayers(String imageReference) {
                layersShown.add(imageReference);
            }
        };
        page = new LearnPage(config, connection, tasks, navigator, file -> { }, () -> { }, tutorial,
                Path.of("/bin/busybox")).logLinesFrom(() -> LOG_LINES);
        connection.start();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((Parent) page.view(), 1200, 850));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            closeLogWindows();
            page.close();
            tasks.close();
        }).get(10, TimeUnit.SECONDS);
        connection.close();
    }

    @Test
    void lessonsThreeToFiveCompleteByDoingTheRealThing(FxRobot robot) {
        clickCell(robot, "#lesson-item-first-build");
        until("the build button is enabled", 60, () -> !robot.lookup("#learn-build-hello").query().isDisabled());
        assertThat(state(robot, "build")).startsWith("Completes when the image exists");

        click(robot, "#learn-build-hello");
        until("the build step is done", 180, () -> state(robot, "build").startsWith("Done"));
        assertThat(label(robot, "#learn-build-hello-status")).contains("Built " + tutorial.helloImage());

        clickCell(robot, "#lesson-item-run-and-logs");
        until("the run button is enabled", 30, () -> !robot.lookup("#learn-run").query().isDisabled());
        assertThat(state(robot, "run")).startsWith("Completes when");
        assertThat(state(robot, "logs")).startsWith("Completes when");
        click(robot, "#learn-run");
        until("the run step is done", 60, () -> state(robot, "run").startsWith("Done"));
        // the container ran, but nobody has seen its log yet
        assertThat(state(robot, "logs")).startsWith("Completes when");
        click(robot, "#learn-open-logs");
        until("the logs step is done", 60, () -> state(robot, "logs").startsWith("Done"));
        // the window keeps as many lines as the preference said when it opened
        assertThat(onFx(LearnPageIT::logWindowCapacities)).containsExactly(LOG_LINES);
        // done reading: the user closes the log window, which ends its stream
        onFx(() -> {
            closeLogWindows();
            return null;
        });

        clickCell(robot, "#lesson-item-layers");
        until("the layers button is enabled", 30, () -> !robot.lookup("#learn-show-layers").query().isDisabled());
        assertThat(state(robot, "view")).startsWith("Completes when");
        click(robot, "#learn-show-layers");
        until("the layers step is done", 30, () -> state(robot, "view").startsWith("Done"));
        assertThat(layersShown).containsExactly(tutorial.helloImage());

        assertThat(state(robot, "wasteful")).startsWith("Completes when");
        click(robot, "#learn-build-wasteful");
        until("the experiment's figures show", 240, () -> label(robot, "#learn-build-wasteful-figures")
                .contains("wasted 8.39 MB"));
        assertThat(state(robot, "wasteful")).startsWith("Done");
        assertThat(state(robot, "fixed")).startsWith("Completes when");
        click(robot, "#learn-build-fixed");
        until("the comparison shows", 240, () -> label(robot, "#learn-build-fixed-figures").contains("smaller"));
        assertThat(state(robot, "fixed")).startsWith("Done");
        assertThat(label(robot, "#learn-build-fixed-figures")).contains("wasted 0 B");
        assertThat(label(robot, "#lesson-progress-layers")).isEqualTo("Done");

        // the overview lists exactly what was made, and the clean-up removes it after confirming
        click(robot, "#learn-overview-button");
        click(robot, "#learn-list-created");
        until("the list shows", 30, () -> label(robot, "#learn-created").contains(tutorial.fixedImage()));
        assertThat(label(robot, "#learn-created")).contains(tutorial.helloImage(), tutorial.wastefulImage(),
                "docker rm -f ");
        click(robot, "#learn-cleanup");
        until("the confirmation shows", 30, () -> robot.lookup("#confirm-ok").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false));
        robot.clickOn("#confirm-ok");
        until("the clean-up is done", 60, () -> label(robot, "#learn-cleanup-status").startsWith("Removed 4 of 4"));
        assertThat(engine.listImages().stream().flatMap(i -> i.repoTags().stream()))
                .noneMatch(t -> t.startsWith(tutorial.namePrefix() + "/"));
    }

    private static List<Integer> logWindowCapacities() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof dev.porthole.ui.logs.LogView)
                .map(w -> ((dev.porthole.ui.logs.LogView) w.getScene().getRoot()).model().capacity()).toList();
    }

    private static void closeLogWindows() {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Logs")) {
                s.close();
            }
        }
    }

    /**
     * Clicks a lesson in the list. The list redraws its cells when progress changes, so the cell found may be
     * replaced before the click lands (a user would simply click the new one): look it up again then.
     */
    private static void clickCell(FxRobot robot, String query) {
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                robot.clickOn(query);
                return;
            } catch (RuntimeException replacedMeanwhile) {
                if (attempt == 3) {
                    throw replacedMeanwhile;
                }
            }
        }
    }

    private static void click(FxRobot robot, String query) {
        LessonScroll.reveal(robot, query);
        robot.clickOn(query);
    }

    private static String state(FxRobot robot, String step) {
        return robot.lookup("#step-state-" + step).queryAs(Label.class).getText();
    }

    /** Every label's text under the node (or the label's own). */
    private static String label(FxRobot robot, String query) {
        return onFx(() -> {
            var node = robot.lookup(query).query();
            if (node instanceof Label l) {
                return l.getText();
            }
            return String.join(" ", robot.from(node).lookup(".label").queryAllAs(Label.class).stream()
                    .map(Label::getText).toList());
        });
    }

}
