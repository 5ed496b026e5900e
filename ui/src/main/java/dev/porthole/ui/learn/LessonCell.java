package dev.porthole.ui.learn;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.learn.Lesson;
import dev.porthole.ui.controls.Controls;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A lesson in the list: number, title, progress, and whether it needs an engine. */
final class LessonCell extends ListCell<Lesson> {

    private final LearnModel model;

    LessonCell(LearnModel model) {
        this.model = model;
    }

    @Override
    protected void updateItem(Lesson lesson, boolean empty) {
        super.updateItem(lesson, empty);
        if (empty || lesson == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        int index = getListView().getItems().indexOf(lesson) + 1;
        int done = model.doneCount(lesson);
        int total = lesson.steps().size();
        Label title = new Label(index + ". " + lesson.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        ProgressBar bar = new ProgressBar((double) done / total);
        bar.getStyleClass().add(Styles.SMALL);
        bar.setPrefWidth(90);
        Label count = new Label(done == total ? "Done" : done + " of " + total + " steps");
        count.setId("lesson-progress-" + lesson.id());
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label minutes = new Label(lesson.minutes() + " min");
        minutes.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox row = new HBox(8, bar, count, minutes);
        row.setAlignment(Pos.CENTER_LEFT);
        if (lesson.needsEngine()) {
            Label engine = new Label(null, Controls.icon(model.engineAvailableProperty().get()
                    ? AppIcon.ENGINE : AppIcon.DISCONNECTED));
            engine.setTooltip(new Tooltip(model.engineAvailableProperty().get() ? "Uses your container engine"
                    : "Needs a container engine: none answers right now"));
            engine.getStyleClass().add("learn-engine-mark");
            row.getChildren().add(engine);
        }
        VBox box = new VBox(4, title, row);
        box.setId("lesson-item-" + lesson.id());
        title.setMaxWidth(250);
        setText(null);
        setGraphic(box);
    }
}
