package dev.porthole.ui.learn;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.learn.Lesson;
import dev.porthole.ui.controls.Controls;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** One lesson: title, how long, whether it needs an engine (and whether one answers), intro, steps, next. */
final class LessonView extends VBox {

    LessonView(LearnModel model, Lesson lesson) {
        setId("lesson-" + lesson.id());
        getStyleClass().add("learn-lesson");
        setSpacing(14);
        List<Lesson> all = model.lessons();
        int index = all.indexOf(lesson);

        Label title = new Label("Lesson " + (index + 1) + ": " + lesson.title());
        title.setId("lesson-title");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        Label meta = new Label("About " + lesson.minutes() + " minutes · " + lesson.steps().size() + " steps · "
                + (lesson.needsEngine() ? "uses your container engine" : "no engine needed"));
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(title, meta);

        if (lesson.needsEngine()) {
            Label noEngine = new Label("This lesson needs a container engine, and none answers right now. Start "
                    + "Docker or Podman (the status bar says what Porthole tried); the lesson lights up as soon as "
                    + "one answers. Lessons 2 and 7 work without one.", Controls.icon(AppIcon.DISCONNECTED));
            noEngine.setId("lesson-no-engine");
            noEngine.setWrapText(true);
            noEngine.getStyleClass().add("learn-no-engine");
            noEngine.managedProperty().bind(model.engineAvailableProperty().not());
            noEngine.visibleProperty().bind(noEngine.managedProperty());
            getChildren().add(noEngine);
        }
        getChildren().add(new MarkdownView(lesson.intro()));
        int n = 1;
        for (var step : lesson.steps()) {
            getChildren().add(new StepView(model, lesson, step, n++));
        }

        Button again = new Button("Walk it again");
        again.setId("lesson-reset");
        again.setOnAction(e -> model.reset(lesson));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox foot = new HBox(10, again, grow);
        foot.setAlignment(Pos.CENTER_LEFT);
        if (index + 1 < all.size()) {
            Lesson next = all.get(index + 1);
            Button go = new Button("Next: " + next.title(), Controls.icon(AppIcon.NEXT));
            go.setId("lesson-next");
            go.getStyleClass().add(Styles.ACCENT);
            go.setOnAction(e -> model.open(next));
            foot.getChildren().add(go);
        }
        getChildren().add(foot);
    }
}
