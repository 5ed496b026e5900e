package dev.porthole.ui.exec;

import dev.porthole.engine.Engine;
import dev.porthole.prefs.PreferencesStore;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.containers.ContainersPage;
import dev.porthole.ui.lists.PageITFixture;
import dev.porthole.ui.prefs.PreferencesModel;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preferred shell reaches the real terminal: the Containers page wired as the app wires it (the preferences
 * model's current value), the preference set to /bin/sh, and the Terminal tab's session really runs /bin/sh in
 * a busybox container, whose first shell found would otherwise be /bin/ash.
 */
@ExtendWith(ApplicationExtension.class)
class PreferredShellIT {

    private static Engine engine;
    private static String id;

    @TempDir
    static Path config;

    private PageITFixture fixture;
    private PreferencesModel preferences;
    private ContainersPage page;

    @BeforeAll
    static void startContainer() {
        engine = TestEngines.assumeEngine();
        id = TestImages.runSleeper(engine, TestImages.uniqueName("shell-pref"));
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine);
    }

    @Start
    void start(Stage stage) {
        fixture = PageITFixture.onTestEngine(3);
        preferences = new PreferencesModel(PreferencesStore.in(config), choice -> null);
        page = fixture.show(stage, new ContainersPage(fixture.connection, fixture.tasks, url -> { },
                preferences::current), 1300, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void theTerminalRunsThePreferredShell(FxRobot robot) throws Exception {
        // changed after the page was made: read when the terminal opens
        robot.interact(() -> {
            try {
                preferences.save(preferences.current().withShell("/bin/sh"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        robot.interact(() -> page.select(id));
        until("the container's details", () -> fx(() -> {
            var details = page.model().details().detailsProperty().get();
            return details != null && details.summary().id().equals(id);
        }));

        robot.clickOn("#tab-terminal");
        until("the shells found", () -> fx(() -> robot.lookup("#exec-command").queryAs(ComboBox.class)
                .getItems().size() >= 2));
        // busybox has /bin/ash before /bin/sh: "auto" would have picked ash
        assertThat(fx(() -> robot.lookup("#exec-command").queryAs(ComboBox.class).getItems()))
                .containsSubsequence("/bin/ash", "/bin/sh");
        assertThat(fx(() -> robot.lookup("#exec-command").queryAs(ComboBox.class).getEditor().getText()))
                .isEqualTo("/bin/sh");

        robot.clickOn("#exec-open");
        until("a session", () -> fx(() -> robot.lookup((javafx.scene.Node n) -> n instanceof ExecConsole)
                .tryQueryAs(ExecConsole.class).map(c -> c.screenText().contains("#")).orElse(false)));
        ExecConsole console = fx(() -> robot.lookup((javafx.scene.Node n) -> n instanceof ExecConsole)
                .queryAs(ExecConsole.class));
        // typed as a user does; the shell itself says what it is
        robot.clickOn("#exec-output").write("echo shell=$0").type(KeyCode.ENTER);
        until("the shell's answer", () -> fx(() -> console.screenText().contains("shell=/bin/sh\n")));
        assertThat(fx(console::screenText)).doesNotContain("shell=/bin/ash");
    }

    private static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(condition.call()));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }
}
