package dev.porthole.ui.learn;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.learn.ProgressStore;
import dev.porthole.ui.lists.TestConnections;
import dev.porthole.ui.shell.Navigator;
import dev.porthole.ui.shell.TaskRunner;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Learn page with no engine anywhere: the lesson list and its progress, and the lessons that work offline. */
@ExtendWith(ApplicationExtension.class)
class LearnPageTest {

    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final AtomicInteger tours = new AtomicInteger();
    private Path config;
    private LearnPage page;

    @Start
    void start(Stage stage) {
        try {
            config = Files.createTempDirectory("porthole-learn");
            // progress from an earlier session: two steps of the reading lesson
            Files.writeString(config.resolve(ProgressStore.FILE), "wider-world.vms=done\nwider-world.kata=done\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Navigator navigator = new Navigator() {
            @Override
            public void showPage(String pageId) {
            }

            @Override
            public void showContainer(String containerId) {
            }
        };
        page = new LearnPage(config, TestConnections.offline(), TaskRunner.direct(), navigator, opened::add,
                tours::incrementAndGet);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((Parent) page.view(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> page.close());
    }

    @Test
    void listsTheSevenLessonsWithTheirSavedProgress(FxRobot robot) {
        ListView<?> list = robot.lookup("#lesson-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(7);
        assertThat(text(robot, "#lesson-item-engine-parts")).contains("1. What Docker is made of");
        assertThat(text(robot, "#lesson-item-wider-world")).contains("7. The wider world");
        assertThat(label(robot, "#lesson-progress-wider-world")).isEqualTo("2 of 6 steps");
        assertThat(label(robot, "#lesson-progress-first-build")).isEqualTo("0 of 3 steps");
    }

    @Test
    void theReadingLessonIsReadableWithNoEngineAndMarkingAStepReadIsSaved(FxRobot robot) {
        robot.clickOn("#lesson-item-wider-world");
        assertThat(label(robot, "#lesson-title")).isEqualTo("Lesson 7: The wider world");
        assertThat(text(robot, "#lesson-wider-world")).contains("Kata Containers", "CRI-O", "Podman", "LXC",
                "Open Container Initiative");
        assertThat(robot.lookup("#lesson-no-engine").tryQuery()).isEmpty();
        assertThat(robot.lookup("#step-read-vms").queryAs(Button.class).isDisabled()).as("read before").isTrue();

        LessonScroll.reveal(robot, "#step-read-podman");
        robot.clickOn("#step-read-podman");

        assertThat(robot.lookup("#step-read-podman").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(label(robot, "#step-state-podman")).isEqualTo("Read.");
        assertThat(label(robot, "#lesson-progress-wider-world")).isEqualTo("3 of 6 steps");
        assertThat(new ProgressStore(config).isDone("wider-world", "podman")).isTrue();
    }

    @Test
    void anEngineLessonSaysPlainlyThatNoEngineAnswersAndOffersNoEngineAction(FxRobot robot) {
        robot.clickOn("#lesson-item-first-build");
        Node banner = robot.lookup("#lesson-no-engine").query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(((Label) banner).getText()).contains("needs a container engine, and none answers");
        assertThat(robot.lookup("#learn-build-hello").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(label(robot, "#step-state-build")).isEqualTo("Needs a container engine: none answers right now.");
        // what the build would do is shown even so
        assertThat(text(robot, "#learn-action-build-hello")).contains("docker build --label dev.porthole.tutorial=true",
                "FROM scratch");
    }

    @Test
    void theDockerfileLessonOpensTheFlaskExampleInTheEditorAndExplainsItsLines(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-item-dockerfile-anatomy");
        assertThat(robot.lookup("#lesson-no-engine").tryQuery()).isEmpty();
        assertThat(label(robot, "#step-state-open")).startsWith("Completes when the example is open");

        LessonScroll.reveal(robot, "#learn-open-flask");
        robot.clickOn("#learn-open-flask");

        assertThat(opened).singleElement().satisfies(p -> {
            assertThat(p.getFileName().toString()).isEqualTo("Dockerfile");
            assertThat(Files.readString(p)).contains("FROM ubuntu:16.04", "rm -rf /var/lib/apt/lists/*");
        });
        assertThat(label(robot, "#step-state-open")).startsWith("Done");
        assertThat(label(robot, "#lesson-progress-dockerfile-anatomy")).isEqualTo("1 of 3 steps");

        ListView<?> lines = robot.lookup("#learn-flask-lines").queryAs(ListView.class);
        int runLine = lines.getItems().indexOf(lines.getItems().stream()
                .filter(l -> l.toString().startsWith("RUN")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> lines.getSelectionModel().select(runLine));
        assertThat(label(robot, "#learn-flask-line")).isEqualTo("Line " + (runLine + 1));
        assertThat(label(robot, "#learn-flask-explain")).isNotBlank();
        assertThat(label(robot, "#learn-flask-layer")).isEqualTo("Adds a new layer to the image.");
    }

    @Test
    void theTourButtonStartsTheGuidedTour(FxRobot robot) {
        robot.clickOn("#learn-tour");
        assertThat(tours.get()).isEqualTo(1);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Every text shown under the node: labels and Markdown runs. */
    private static String text(FxRobot robot, String query) {
        Node root = robot.lookup(query).query();
        return robot.from(root).lookup((Node n) -> n instanceof Label || n instanceof Text).queryAll().stream()
                .map(n -> n instanceof Label l ? l.getText() : ((Text) n).getText())
                .filter(t -> t != null).collect(Collectors.joining(" "));
    }
}
