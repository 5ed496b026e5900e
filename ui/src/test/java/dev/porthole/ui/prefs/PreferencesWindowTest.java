package dev.porthole.ui.prefs;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.engine.EngineChoice;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.engine.docker.DockerEngineFactory;
import dev.porthole.prefs.Preferences;
import dev.porthole.prefs.PreferencesStore;
import dev.porthole.ui.shell.FxTaskRunner;
import dev.porthole.ui.shell.Theme;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The preferences window on its own: fields, validation, saving, the damaged-file message and the engine check. */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {

    @TempDir
    Path dir;

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private final FxTaskRunner tasks = new FxTaskRunner(1);
    private Stage owner;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        owner = stage;
        stage.setScene(new Scene(new VBox(), 300, 200));
        stage.show();
    }

    @AfterEach
    void noFxErrors() {
        tasks.close();
        assertThat(fxErrors).as("exceptions thrown on the FX thread").isEmpty();
    }

    @Test
    void savedValuesAreWrittenAndShownWhenTheWindowOpensAgain(FxRobot robot) throws Exception {
        open(robot, model());

        robot.interact(() -> robot.lookup("#prefs-theme").<Theme.Mode>queryComboBox().setValue(Theme.Mode.DARK));
        robot.doubleClickOn("#prefs-log-lines").write("25000");
        robot.clickOn("#prefs-confirm");
        robot.interact(() -> robot.lookup("#prefs-shell").<String>queryComboBox().getEditor().setText("/bin/sh"));
        robot.clickOn("#prefs-save");

        assertThat(robot.lookup("#preferences").tryQuery()).as("the window closed").isEmpty();
        assertThat(Files.readString(dir.resolve(PreferencesStore.FILE_NAME)))
                .contains("theme=DARK", "logBufferLines=25000", "confirmations=false", "shell=/bin/sh");

        PreferencesModel reloaded = model();
        assertThat(reloaded.current()).isEqualTo(new Preferences(EngineChoice.AUTO, Preferences.Theme.DARK, 25_000,
                false, "/bin/sh"));
        open(robot, reloaded);
        assertThat(robot.lookup("#prefs-theme").<Theme.Mode>queryComboBox().getValue()).isEqualTo(Theme.Mode.DARK);
        assertThat(robot.lookup("#prefs-log-lines").queryAs(TextField.class).getText()).isEqualTo("25000");
        assertThat(robot.lookup("#prefs-confirm").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#prefs-shell").<String>queryComboBox().getEditor().getText()).isEqualTo("/bin/sh");
        robot.clickOn("#prefs-cancel");
    }

    @Test
    void badValuesAreNamedUnderTheirFieldsAndNothingIsSaved(FxRobot robot) {
        PreferencesModel model = model();
        open(robot, model);

        robot.doubleClickOn("#prefs-log-lines").write("12");
        robot.interact(() -> robot.lookup("#prefs-shell").<String>queryComboBox().getEditor().setText("bash"));
        robot.clickOn("#prefs-save");

        assertThat(robot.lookup("#prefs-log-lines-error").queryAs(Label.class).getText())
                .isEqualTo("Keep between 1,000 and 1,000,000 lines.");
        assertThat(robot.lookup("#prefs-shell-error").queryAs(Label.class).getText()).contains("absolute path");
        assertThat(robot.lookup("#prefs-message").tryQuery()).isPresent();
        assertThat(dir.resolve(PreferencesStore.FILE_NAME)).doesNotExist();
        assertThat(model.current()).isEqualTo(Preferences.DEFAULT);
        robot.clickOn("#prefs-cancel");
    }

    @Test
    void aDamagedFileIsReportedInTheWindowAndKeptAside(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FILE_NAME), "logBufferLines=\\uZZZZ\n");

        PreferencesModel model = model();
        open(robot, model);

        String shown = robot.lookup("#prefs-message").queryAs(atlantafx.base.controls.Message.class).getDescription();
        assertThat(shown).contains("is damaged", "started with the default preferences", "kept as");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("preferences.properties.damaged-"));
        }
        assertThat(robot.lookup("#prefs-log-lines").queryAs(TextField.class).getText()).isEqualTo("100000");
        robot.clickOn("#prefs-cancel");
    }

    @Test
    void checkingASocketThatDoesNotExistShowsTheDoctorsReasonAndSaveWaitsForTheUser(FxRobot robot) throws Exception {
        PreferencesModel model = model();
        open(robot, model);
        robot.interact(() -> robot.lookup("#prefs-engine-kind").<EngineChoice.Kind>queryComboBox()
                .setValue(EngineChoice.Kind.UNIX));
        robot.clickOn("#prefs-engine-address").write("/nonexistent/porthole-test/docker.sock");

        robot.clickOn("#prefs-save");
        waitUntil(() -> robot.lookup("#prefs-engine-result").queryAs(Label.class).getText().contains("did not answer"));
        WaitForAsyncUtils.waitForFxEvents();

        String result = robot.lookup("#prefs-engine-result").queryAs(Label.class).getText();
        assertThat(result).contains("preferences choose unix:///nonexistent/porthole-test/docker.sock")
                .contains("socket file not found: /nonexistent/porthole-test/docker.sock");
        assertThat(robot.lookup("#prefs-engine-details").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("Engine candidates", "Chosen: none");
        assertThat(robot.lookup("#prefs-save").queryButton().getText()).isEqualTo("Save anyway");
        assertThat(dir.resolve(PreferencesStore.FILE_NAME)).as("not saved before the user decides").doesNotExist();

        robot.clickOn("#prefs-save");
        assertThat(model.current().engine())
                .isEqualTo(new EngineChoice(EngineChoice.Kind.UNIX, "/nonexistent/porthole-test/docker.sock", null));
    }

    private PreferencesModel model() {
        EngineLocator locator = new EngineLocator(SystemEnvironment.current());
        DockerEngineFactory factory = new DockerEngineFactory();
        return new PreferencesModel(PreferencesStore.in(dir), choice -> locator.withChoice(choice).discoverAll(factory));
    }

    private void open(FxRobot robot, PreferencesModel model) {
        robot.interact(() -> new PreferencesWindow(model, tasks).show(owner));
        assertThat(robot.lookup("#preferences").tryQuery()).isPresent();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
