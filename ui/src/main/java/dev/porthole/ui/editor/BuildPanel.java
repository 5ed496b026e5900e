package dev.porthole.ui.editor;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.function.IntConsumer;

/**
 * The build's live view: current step with a progress bar, Cancel while running, the streaming log, and after a
 * success buttons to run the image and inspect its layers; after a failure, a button back to the failing line.
 * Node ids: {@code #build-step}, {@code #build-progress}, {@code #build-cancel}, {@code #build-log},
 * {@code #build-run}, {@code #build-layers}, {@code #build-goto}.
 */
final class BuildPanel extends BorderPane {

    private final TextArea log = new TextArea();

    BuildPanel(BuildModel model, Runnable onRun, Runnable onLayers, IntConsumer goToLine) {
        getStyleClass().add("build-panel");
        Label step = new Label();
        step.setId("build-step");
        step.textProperty().bind(model.stepProperty());
        step.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(step, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("build-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty().or(model.outcomeProperty()
                .isEqualTo(BuildModel.Outcome.SUCCEEDED)));
        Button cancel = new Button("Cancel", Controls.icon(AppIcon.CANCEL));
        cancel.setId("build-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button run = new Button("Run the image", Controls.icon(AppIcon.RUN));
        run.setId("build-run");
        run.setOnAction(e -> onRun.run());
        Button layers = new Button("Inspect layers", Controls.icon(AppIcon.LAYER));
        layers.setId("build-layers");
        layers.setOnAction(e -> onLayers.run());
        for (Button b : new Button[]{run, layers}) {
            b.visibleProperty().bind(model.outcomeProperty().isEqualTo(BuildModel.Outcome.SUCCEEDED));
            b.managedProperty().bind(b.visibleProperty());
        }
        Button goTo = new Button();
        goTo.setId("build-goto");
        goTo.getStyleClass().add(Styles.DANGER);
        goTo.visibleProperty().bind(model.failedLineProperty().isNotEqualTo(0));
        goTo.managedProperty().bind(goTo.visibleProperty());
        goTo.textProperty().bind(model.failedLineProperty().asString("Go to line %d"));
        goTo.setOnAction(e -> goToLine.accept(model.failedLineProperty().get()));
        HBox top = new HBox(8, step, progress, cancel, goTo, run, layers);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("build-header");
        log.setId("build-log");
        log.setEditable(false);
        log.getStyleClass().add("build-log");
        log.setPromptText("Build output appears here. Use Build… in the toolbar to start.");
        setTop(top);
        setCenter(log);
        model.setLog(text -> log.appendText(text));
        model.outcomeProperty().addListener((obs, was, now) -> {
            if (now == BuildModel.Outcome.RUNNING) {
                log.clear();
            } else if (now == BuildModel.Outcome.FAILED && model.problemProperty().get() != null
                    && !log.getText().contains(model.problemProperty().get())) {
                log.appendText("\n" + model.problemProperty().get() + "\n");
            }
        });
    }

    TextArea log() {
        return log;
    }
}
