package dev.porthole.ui.learn;

import atlantafx.base.theme.Styles;
import dev.porthole.dockerfile.BundledText;
import dev.porthole.icons.AppIcon;
import dev.porthole.learn.Lesson;
import dev.porthole.ui.controls.Controls;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Objects;

/** The Learn page: the lessons with their progress on the left, the chosen lesson (or the overview) on the right. */
final class LearnView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            LearnView.class.getResource("/dev/porthole/ui/learn/learn.css")).toExternalForm();

    private final LearnModel model;
    private final ListView<Lesson> list = new ListView<>();
    private final ScrollPane content = new ScrollPane();

    LearnView(LearnModel model, Runnable startTour) {
        this.model = model;
        getStyleClass().add("learn-page");
        getStylesheets().addAll(Controls.STYLESHEET, STYLESHEET);

        Label title = new Label("Learn");
        title.getStyleClass().add(Styles.TITLE_3);
        Button tour = new Button("Take the guided tour", Controls.icon(AppIcon.TAKE_TOUR));
        tour.setId("learn-tour");
        tour.setMaxWidth(Double.MAX_VALUE);
        if (startTour != null) {
            tour.setOnAction(e -> startTour.run());
        }
        tour.setVisible(startTour != null);
        tour.setManaged(startTour != null);
        Button overview = new Button("Overview and clean-up", Controls.icon(AppIcon.LEARN));
        overview.setId("learn-overview-button");
        overview.setMaxWidth(Double.MAX_VALUE);
        overview.getStyleClass().add(Styles.FLAT);
        overview.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            model.open(null);
        });
        int minutes = model.lessons().stream().mapToInt(Lesson::minutes).sum();
        Label total = new Label(model.lessons().size() + " lessons, about " + minutes + " minutes in all");
        total.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId("learn-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        list.setId("lesson-list");
        list.getItems().setAll(model.lessons());
        list.setCellFactory(l -> new LessonCell(model));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now != model.selectedProperty().get()) {
                model.open(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox side = new VBox(10, title, tour, overview, total, list, problem);
        side.getStyleClass().add("learn-side");
        side.setPrefWidth(300);
        side.setMinWidth(260);
        setLeft(side);

        content.setId("lesson-scroll");
        content.setFitToWidth(true);
        content.getStyleClass().add("learn-content");
        setCenter(content);

        model.selectedProperty().addListener((o, was, now) -> show(now));
        model.progressVersionProperty().addListener((o, a, b) -> list.refresh());
        model.engineAvailableProperty().addListener((o, a, b) -> list.refresh());
        show(model.selectedProperty().get());
    }

    private void show(Lesson lesson) {
        Node page;
        if (lesson == null) {
            VBox box = new VBox(14, new MarkdownView(BundledText.read("/dev/porthole/learn/overview.md")),
                    titled("What the tutorial created"), CleanupPanel.create(model));
            box.setId("learn-overview");
            box.getStyleClass().add("learn-lesson");
            page = box;
        } else {
            page = new LessonView(model, lesson);
            if (list.getSelectionModel().getSelectedItem() != lesson) {
                list.getSelectionModel().select(lesson);
            }
        }
        content.setContent(page);
        content.setVvalue(0);
    }

    private static Label titled(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }
}
