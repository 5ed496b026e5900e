package dev.porthole.ui.learn;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.learn.Lesson;
import dev.porthole.learn.Step;
import dev.porthole.learn.StepChecks;
import dev.porthole.ui.controls.Controls;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One step of a lesson: its number and state, its text, its action panel, and how it completes. */
final class StepView extends VBox {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final LearnModel model;
    private final Lesson lesson;
    private final Step step;
    private final FontIcon mark = new FontIcon();
    private final Label state = new Label();
    private final Button read = new Button("Mark as read");

    StepView(LearnModel model, Lesson lesson, Step step, int number) {
        this.model = model;
        this.lesson = lesson;
        this.step = step;
        setId("step-" + step.id());
        getStyleClass().addAll("learn-step", Controls.BOX);
        setSpacing(10);
        mark.getStyleClass().add("learn-step-mark");
        Label title = new Label(number + ". " + step.title());
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        HBox head = new HBox(8, mark, title);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, new MarkdownView(step.body()));
        if (step.action() != null) {
            getChildren().add(ActionPanels.create(step.action(), model));
        }
        state.setId("step-state-" + step.id());
        state.setWrapText(true);
        state.getStyleClass().add("learn-step-state");
        read.setId("step-read-" + step.id());
        read.setGraphic(Controls.icon(AppIcon.INFO));
        read.setOnAction(e -> model.markRead(lesson, step));
        HBox foot = new HBox(10, state);
        foot.setAlignment(Pos.CENTER_LEFT);
        if (step.reading()) {
            foot.getChildren().addFirst(read);
        }
        getChildren().add(foot);
        model.progressVersionProperty().addListener((o, a, b) -> update());
        model.engineAvailableProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        boolean done = model.isDone(lesson, step);
        pseudoClassStateChanged(DONE, done);
        mark.setIconCode(done ? AppIcon.STEP_DONE.ikon() : AppIcon.STEP_PENDING.ikon());
        read.setDisable(done);
        if (done) {
            state.setText(step.reading() ? "Read." : "Done: " + describe(step.check()) + ".");
        } else if (step.reading()) {
            state.setText("");
        } else if (StepChecks.needsEngine(step.check()) && !model.engineAvailableProperty().get()) {
            state.setText("Needs a container engine: none answers right now.");
        } else {
            state.setText("Completes when " + describe(step.check()) + ".");
        }
    }

    /** What a check waits for, in words. */
    static String describe(String check) {
        return switch (check) {
            case StepChecks.ENGINE_ANSWERED -> "the engine has answered and its facts are shown";
            case StepChecks.TEMPLATE_OPENED -> "the example is open in the editor";
            case StepChecks.IMAGE_BUILT -> "the image exists in the engine";
            case StepChecks.CONTAINER_RAN -> "the engine reports that the container has started";
            case StepChecks.LOGS_SHOWN -> "the log view has shown lines of your container";
            case StepChecks.LAYERS_SHOWN -> "the layers view was opened on your image";
            case StepChecks.WASTEFUL_BUILT -> "the experiment's image exists in the engine";
            case StepChecks.FIXED_BUILT -> "the fixed image exists in the engine";
            case StepChecks.SIZES_SHOWN -> "your image's size was read from the engine";
            default -> check;
        };
    }
}
