package dev.porthole.ui.images;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.ui.containers.ContainerFormat;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.controls.JsonViewer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The side pane beside the table: the selected image's history (its build steps, oldest first, as in the
 * Dockerfile) and its inspect JSON. It follows the table's selection while open.
 * Node ids: {@code #image-details}, {@code #image-history-table}, {@code #image-inspect-json},
 * {@code #image-details-close}.
 */
final class ImageDetailsPane extends BorderPane {

    private final ImagesModel model;
    private final Label title = new Label();
    private final TabPane tabs = new TabPane();
    private final Tab historyTab = new Tab("History");
    private final Tab inspectTab = new Tab("Inspect");
    private final TableView<Step> history = new TableView<>();
    private final JsonViewer json = new JsonViewer();
    private ImageRow shown;

    /** One history entry with its position in build order (1 = the first step). */
    record Step(int number, ImageHistoryEntry entry) {
    }

    ImageDetailsPane(ImagesModel model, Runnable onClose) {
        this.model = model;
        setId("image-details");
        getStyleClass().add("image-details");

        title.getStyleClass().addAll(Styles.TITLE_4, "image-details-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button close = new Button(null, Controls.icon(AppIcon.CLOSE));
        close.setId("image-details-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip("Close the details"));
        close.setAccessibleText("Close the details");
        close.setOnAction(e -> onClose.run());
        HBox header = new HBox(6, title, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("image-details-header");
        setTop(header);

        buildHistoryTable();
        historyTab.setContent(history);
        historyTab.setClosable(false);
        historyTab.setGraphic(Controls.icon(AppIcon.HISTORY));
        json.setId("image-inspect-json");
        inspectTab.setContent(json);
        inspectTab.setClosable(false);
        inspectTab.setGraphic(Controls.icon(AppIcon.INSPECT));
        tabs.getTabs().setAll(historyTab, inspectTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> load());
        setCenter(tabs);
    }

    /** Shows this image with the history tab. */
    void showHistory(ImageRow row) {
        show(row, historyTab);
    }

    /** Shows this image with the inspect tab. */
    void showInspect(ImageRow row) {
        show(row, inspectTab);
    }

    /** Follows the table's selection: loads the new image into the tab that is open. */
    void follow(ImageRow row) {
        if (row != null && (shown == null || !row.image().id().equals(shown.image().id()))) {
            shown = row;
            load();
        }
    }

    private void show(ImageRow row, Tab tab) {
        shown = row;
        if (tabs.getSelectionModel().getSelectedItem() != tab) {
            tabs.getSelectionModel().select(tab); // the listener loads
        } else {
            load();
        }
    }

    private void load() {
        ImageRow row = shown;
        if (row == null) {
            return;
        }
        title.setText(row.dangling() ? "Image " + row.shortId() : row.reference());
        if (tabs.getSelectionModel().getSelectedItem() == historyTab) {
            history.setPlaceholder(new Label("Loading history…"));
            model.history(row, entries -> {
                if (row == shown) {
                    history.getItems().setAll(steps(entries));
                    history.setPlaceholder(new Label("No history"));
                }
            });
        } else {
            json.setCaption("docker image inspect " + row.shortId());
            model.inspect(row, text -> {
                if (row == shown) {
                    json.setJson(text);
                }
            });
        }
    }

    /** The engine lists newest first; the pane reads like the Dockerfile, oldest first. */
    static List<Step> steps(List<ImageHistoryEntry> newestFirst) {
        List<ImageHistoryEntry> ordered = new ArrayList<>(newestFirst);
        Collections.reverse(ordered);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            steps.add(new Step(i + 1, ordered.get(i)));
        }
        return steps;
    }

    private void buildHistoryTable() {
        history.setId("image-history-table");
        history.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Step, Integer> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().number()));
        number.setPrefWidth(36);
        number.setMaxWidth(48);

        TableColumn<Step, ImageHistoryEntry> step = new TableColumn<>("Step");
        step.setId("history-col-step");
        step.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().entry()));
        step.setCellFactory(c -> new FormattedCell<>("history-step", e -> HistoryFormat.step(e.createdBy()),
                ImageHistoryEntry::createdBy));
        step.setSortable(false);
        step.setPrefWidth(300);

        TableColumn<Step, Long> size = new TableColumn<>("Size");
        size.setId("history-col-size");
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().entry().size()));
        size.setCellFactory(c -> new FormattedCell<>("history-size", ContainerFormat::bytes, null));
        size.setPrefWidth(80);

        TableColumn<Step, Instant> created = new TableColumn<>("Created");
        created.setId("history-col-created");
        created.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().entry().created()));
        created.setCellFactory(c -> new FormattedCell<>("history-created",
                t -> ContainerFormat.relativeTime(t, Instant.now()),
                t -> ContainerFormat.exactTime(t, ZoneId.systemDefault())));
        created.setPrefWidth(110);

        history.getColumns().setAll(List.of(number, step, size, created));
    }
}
