package dev.porthole.ui.processes;

import atlantafx.base.theme.Styles;
import dev.porthole.engine.EngineConnection;
import dev.porthole.model.ProcessList;
import dev.porthole.ui.shell.TaskRunner;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The Processes tab: the engine's top of one container as a table, asked again every few seconds while shown.
 * Each refresh is a short bounded call; a refresh is never started while the previous one is still out.
 */
public final class ProcessesView extends BorderPane implements AutoCloseable {

    /** How often the list is asked for again while visible. */
    static final Duration PERIOD = Duration.seconds(3);

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final String containerId;
    private final TableView<List<String>> table = new TableView<>();
    private final Label status = new Label();
    private final Timeline ticker;
    private List<String> shownTitles = List.of();
    private boolean inFlight;
    private boolean closed;

    public ProcessesView(EngineConnection connection, TaskRunner tasks, String containerId) {
        this.connection = connection;
        this.tasks = tasks;
        this.containerId = containerId;
        setId("processes-view");
        table.setId("processes-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No processes"));
        table.setItems(FXCollections.observableArrayList());
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setId("processes-status");
        BorderPane.setMargin(status, new Insets(4, 0, 0, 0));
        setCenter(table);
        setBottom(status);
        setPadding(new Insets(8));
        ticker = new Timeline(new KeyFrame(PERIOD, e -> refresh()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts refreshing (the tab is shown); asks at once. */
    public void start() {
        if (!closed) {
            refresh();
            ticker.play();
        }
    }

    /** Stops refreshing (the tab is hidden). */
    public void stop() {
        ticker.stop();
    }

    /** Asks the engine for the processes now, unless a request is already out. */
    public void refresh() {
        if (inFlight || closed) {
            return;
        }
        inFlight = true;
        tasks.run(() -> connection.requireEngine().top(containerId), this::show, failure -> {
            inFlight = false;
            status.setText("Could not list processes: " + failure.getMessage());
        });
    }

    private void show(ProcessList list) {
        inFlight = false;
        if (closed) {
            return;
        }
        if (!list.titles().equals(shownTitles)) {
            shownTitles = list.titles();
            table.getColumns().clear();
            for (int i = 0; i < shownTitles.size(); i++) {
                int index = i;
                TableColumn<List<String>, String> col = new TableColumn<>(shownTitles.get(i));
                if (i < shownTitles.size() - 1) {
                    // ps columns are short; the last one (CMD) takes the rest of the width
                    col.setPrefWidth(70);
                    col.setMaxWidth(140);
                }
                col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(
                        index < cd.getValue().size() ? cd.getValue().get(index) : ""));
                table.getColumns().add(col);
            }
        }
        // setAll rather than a new list: the table keeps its scroll position and sort across refreshes
        table.getItems().setAll(list.rows());
        status.setText(list.rows().size() + (list.rows().size() == 1 ? " process" : " processes")
                + " · updated " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))
                + " · every " + (int) PERIOD.toSeconds() + " s while shown");
    }

    /** Stops for good. */
    @Override
    public void close() {
        closed = true;
        ticker.stop();
    }
}
