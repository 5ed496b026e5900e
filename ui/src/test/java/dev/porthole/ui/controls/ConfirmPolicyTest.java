package dev.porthole.ui.controls;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Confirm destructive actions" preference, as every ConfirmDialog owned by the main window follows it. */
@ExtendWith(ApplicationExtension.class)
class ConfirmPolicyTest {

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private final AtomicBoolean confirmations = new AtomicBoolean(true);
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        this.stage = stage;
        stage.setScene(new Scene(new VBox(), 400, 300));
        new ConfirmPolicy(confirmations::get).install(stage);
        stage.show();
    }

    @AfterEach
    void noFxErrors() {
        assertThat(fxErrors).as("exceptions thrown on the FX thread").isEmpty();
    }

    @Test
    void withConfirmationsOffAPlainQuestionIsAnsweredYesWithoutShowing(FxRobot robot) throws Exception {
        confirmations.set(false);

        AtomicReference<Optional<ConfirmDialog.Decision>> answer = ask(dialog -> { });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).contains(new ConfirmDialog.Decision(false));
        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isEmpty();
    }

    @Test
    void withConfirmationsOffAForceThatMustBeTickedStillAsks(FxRobot robot) throws Exception {
        confirmations.set(false);

        AtomicReference<Optional<ConfirmDialog.Decision>> answer =
                ask(dialog -> dialog.withForce("Force: stop and remove running containers", true));

        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isPresent();
        assertThat(answer.get()).isNull();
        robot.clickOn("#confirm-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void withConfirmationsOnThePlainQuestionIsAsked(FxRobot robot) throws Exception {
        AtomicReference<Optional<ConfirmDialog.Decision>> answer = ask(dialog -> { });

        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isPresent();
        robot.clickOn("#confirm-ok");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).contains(new ConfirmDialog.Decision(false));
    }

    @Test
    void aDialogWithoutAnOwnerAlwaysAsks(FxRobot robot) {
        confirmations.set(false);
        AtomicReference<Optional<ConfirmDialog.Decision>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new ConfirmDialog("Remove volume", "Remove volume data?",
                List.of("data"), "Remove").ask()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#confirm-dialog").tryQuery()).isPresent();
        robot.clickOn("#confirm-cancel");
    }

    private AtomicReference<Optional<ConfirmDialog.Decision>> ask(java.util.function.Consumer<ConfirmDialog> extra) {
        AtomicReference<Optional<ConfirmDialog.Decision>> answer = new AtomicReference<>();
        Platform.runLater(() -> {
            ConfirmDialog dialog = new ConfirmDialog("Remove containers", "Remove 2 containers?",
                    List.of("web-1", "db-1"), "Remove").owner(stage);
            extra.accept(dialog);
            answer.set(dialog.ask());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }
}
