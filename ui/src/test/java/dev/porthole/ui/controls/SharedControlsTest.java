package dev.porthole.ui.controls;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.model.SecretKeys;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** ConfirmDialog, KeyValueTable and JsonViewer on their own: no engine needed. */
@ExtendWith(ApplicationExtension.class)
class SharedControlsTest {

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Stage stage;
    private KeyValueTable table;
    private JsonViewer json;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        this.stage = stage;
        table = new KeyValueTable("Variable", "Value");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_PASSWORD", "hunter2");
        env.put("MONKEY", "banana");
        table.setEntries(env, false);
        json = new JsonViewer();
        json.setJson("{\n  \"Id\" : \"abc\"\n}");
        stage.setScene(new Scene(new VBox(table, json), 600, 500));
        stage.show();
    }

    @AfterEach
    void noFxErrors() {
        assertThat(fxErrors).as("exceptions thrown on the FX thread").isEmpty();
    }

    @Test
    void confirmStaysDisabledUntilForceIsTickedWhenForceIsRequired(FxRobot robot) throws Exception {
        AtomicReference<Optional<ConfirmDialog.Decision>> answer = ask(true);

        assertThat(robot.lookup("#confirm-items").queryAs(ListView.class).getItems())
                .containsExactly("web-1", "db-1");
        Button ok = robot.lookup("#confirm-ok").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        assertThat(ok.getText()).isEqualTo("Remove");
        assertThat(ok.getStyleClass()).contains("danger");

        robot.clickOn("#confirm-force");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn("#confirm-ok");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).contains(new ConfirmDialog.Decision(true));
    }

    @Test
    void cancelAnswersNothingAndAnUnforcedConfirmSaysSo(FxRobot robot) throws Exception {
        AtomicReference<Optional<ConfirmDialog.Decision>> cancelled = ask(false);
        robot.clickOn("#confirm-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cancelled.get() != null);
        assertThat(cancelled.get()).isEmpty();

        AtomicReference<Optional<ConfirmDialog.Decision>> confirmed = ask(false);
        assertThat(robot.lookup("#confirm-ok").queryButton().isDisabled()).isFalse();
        robot.clickOn("#confirm-ok");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> confirmed.get() != null);
        assertThat(confirmed.get()).contains(new ConfirmDialog.Decision(false));
    }

    @Test
    void secretValuesAreMaskedUntilRevealedOneByOneOrAllAtOnce(FxRobot robot) {
        assertThat(value(robot, "DB_PASSWORD").getText()).isEqualTo(SecretKeys.MASK);
        assertThat(value(robot, "MONKEY").getText()).isEqualTo("banana");

        robot.clickOn(robot.from(value(robot, "DB_PASSWORD").getParent()).lookup(".reveal-button").queryButton());
        assertThat(value(robot, "DB_PASSWORD").getText()).isEqualTo("hunter2");
        robot.clickOn(robot.from(value(robot, "DB_PASSWORD").getParent()).lookup(".reveal-button").queryButton());
        assertThat(value(robot, "DB_PASSWORD").getText()).isEqualTo(SecretKeys.MASK);

        robot.interact(() -> table.revealAllProperty().set(true));
        assertThat(value(robot, "DB_PASSWORD").getText()).isEqualTo("hunter2");
        assertThat(value(robot, "DB_PASSWORD").getStyleClass()).doesNotContain("masked");

        robot.interact(() -> {
            table.revealAllProperty().set(false);
            table.setEntries(Map.of("DB_PASSWORD", "other"), true);
        });
        assertThat(value(robot, "DB_PASSWORD").getText()).isEqualTo(SecretKeys.MASK);
    }

    @Test
    void jsonViewerShowsTheTextReadOnly(FxRobot robot) {
        assertThat(json.textArea().getText()).contains("\"Id\" : \"abc\"");
        assertThat(json.textArea().isEditable()).isFalse();
        robot.interact(() -> json.setJson(null));
        assertThat(json.textArea().getText()).isEmpty();
        assertThat(robot.from(json).lookup(".json-copy").queryButton().isDisabled()).isTrue();
    }

    private AtomicReference<Optional<ConfirmDialog.Decision>> ask(boolean forceRequired) {
        AtomicReference<Optional<ConfirmDialog.Decision>> answer = new AtomicReference<>();
        Platform.runLater(() -> {
            ConfirmDialog dialog = new ConfirmDialog("Remove containers", "Remove 2 containers?",
                    List.of("web-1", "db-1"), "Remove").owner(stage);
            dialog.withForce("Force: stop and remove running containers", forceRequired);
            answer.set(dialog.ask());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private Label value(FxRobot robot, String key) {
        TableRow<?> row = robot.from(table).lookup((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof KeyValueTable.Entry e && e.key().equals(key)).query();
        return robot.from(row).lookup(".kv-value").queryAs(Label.class);
    }
}
