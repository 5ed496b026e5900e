package dev.porthole.ui.shell;

import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.engine.docker.DockerEngineFactory;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.porthole.ui.shell.FxWait.onFx;
import static dev.porthole.ui.shell.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No engine anywhere: the real connection searches with DOCKER_HOST naming a socket that does not exist, and a
 * home whose docker config is damaged.
 */
@ExtendWith(ApplicationExtension.class)
class NoEngineTest {

    private static final String NONE = "unix:///tmp/porthole-none.sock";

    private final AtomicInteger searches = new AtomicInteger();
    private ShellFixture shell;
    private Path home;

    @Start
    void start(Stage stage) {
        try {
            home = Files.createTempDirectory("porthole-home");
            Files.createDirectories(home.resolve(".docker"));
            Files.writeString(home.resolve(".docker/config.json"), "{ this is not json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EngineLocator locator = new EngineLocator(
                new SystemEnvironment(Map.of("DOCKER_HOST", NONE), home, "Linux", Files::exists));
        DockerEngineFactory factory = new DockerEngineFactory();
        // a long backoff, so every search after the first is one the test asked for
        SupervisedEngineConnection connection = new SupervisedEngineConnection(() -> {
            searches.incrementAndGet();
            return locator.discover(factory);
        }, factory, new SupervisedEngineConnection.Backoff(Duration.ofMinutes(5), Duration.ofMinutes(5)));
        shell = new ShellFixture(connection, stage);
        connection.start();
    }

    @AfterEach
    void closeShell() throws Exception {
        shell.closeOnFx();
        Files.deleteIfExists(home.resolve(".docker/config.json"));
        Files.deleteIfExists(home.resolve(".docker"));
        Files.deleteIfExists(home);
    }

    @Test
    void containersPageGivesWayToWhatWasTriedAndHowToStartAnEngine(FxRobot robot) {
        until("the no-engine pane shows", 15, () -> robot.lookup("#no-engine").tryQuery().isPresent());

        String tried = texts(robot, "#tried-list");
        assertThat(tried).contains(NONE, "DOCKER_HOST", "socket file not found: /tmp/porthole-none.sock");
        assertThat(tried).contains("Not used: DOCKER_HOST is set: unix:///var/run/docker.sock");
        assertThat(texts(robot, "#config-problems")).contains("config.json");
        assertThat(texts(robot, "#no-engine")).contains("How to start an engine", "sudo systemctl start docker",
                "systemctl --user start podman.socket");
        assertThat(robot.lookup("#status-state").queryLabeled().getText()).isEqualTo("Disconnected");
        assertThat(robot.lookup("#status-detail").queryLabeled().getText()).contains("porthole-none.sock");
        assertThat(robot.lookup("#status-retry").queryLabeled().getText()).startsWith("retrying in");
    }

    @Test
    void retryStartsANewSearch(FxRobot robot) {
        until("the first search failed", 15, () -> robot.lookup("#retry").tryQuery().isPresent()
                && !robot.lookup("#retry").query().isDisabled());
        int before = searches.get();

        robot.clickOn("#retry");

        until("a second search ran", 15, () -> searches.get() > before);
        until("it failed again and Retry is back", 15, () -> !robot.lookup("#retry").query().isDisabled()
                && shell.connection.status().attempt() > 1);
        assertThat(robot.lookup("#retry-info").queryLabeled().getText()).contains("Tried 2 times");
    }

    @Test
    void imagesNeedAnEngineButComingPagesStayUsable(FxRobot robot) {
        until("the no-engine pane shows", 15, () -> robot.lookup("#no-engine").tryQuery().isPresent());

        robot.clickOn("#nav-images");
        assertThat(onFx(shell::shownNode)).extracting(Node::getId).isEqualTo("no-engine");

        robot.clickOn("#nav-dockerfile");
        assertThat(onFx(shell::shownNode)).isSameAs(shell.pages.get(5).view());
        assertThat(robot.lookup("#no-engine").tryQuery()).isEmpty();
        assertThat(robot.lookup("#page-dockerfile").tryQuery()).isPresent();
    }

    private static String texts(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query + " .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).reduce("", (a, b) -> a + "\n" + b));
    }
}
