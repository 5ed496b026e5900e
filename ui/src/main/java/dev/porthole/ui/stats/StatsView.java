package dev.porthole.ui.stats;

import dev.porthole.engine.Subscription;
import dev.porthole.stats.ContainerStats;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

import java.util.List;
import java.util.Objects;

/**
 * The Stats tab of one container: a line of current figures over four live charts (CPU, memory, network, block
 * I/O) for the last five minutes. Holds the container's stats in the hub until closed.
 */
public final class StatsView extends BorderPane implements AutoCloseable {

    static final String STYLESHEET = Objects.requireNonNull(
            StatsView.class.getResource("/dev/porthole/ui/stats/stats.css")).toExternalForm();

    private final StatsSeries series;
    private final Subscription hold;
    private final Label summary = new Label();
    private final List<StatsChart> charts;
    private final ChangeListener<ContainerStats> onSample = (o, was, now) -> sampleArrived(now);
    private final ChangeListener<String> onProblem = (o, was, now) -> showSummary();

    public StatsView(StatsHub hub, String containerId) {
        setId("stats-view");
        getStyleClass().add("stats-view");
        getStylesheets().add(STYLESHEET);
        this.series = hub.series(containerId);
        StatsChart cpu = new StatsChart("CPU", v -> StatsFormat.percent(v), List.of("CPU %"),
                List.of(ContainerStats::cpuPercent));
        cpu.setId("chart-cpu");
        StatsChart memory = new StatsChart("Memory used", v -> StatsFormat.memory((long) v), List.of("Used"),
                List.of(s -> s.memoryUsed()));
        memory.setId("chart-memory");
        StatsChart network = new StatsChart("Network", StatsFormat::rate, List.of("Received", "Sent"),
                List.of(ContainerStats::netRxPerSecond, ContainerStats::netTxPerSecond));
        network.setId("chart-network");
        StatsChart block = new StatsChart("Block I/O", StatsFormat::rate, List.of("Read", "Written"),
                List.of(ContainerStats::blockReadPerSecond, ContainerStats::blockWritePerSecond));
        block.setId("chart-block");
        charts = List.of(cpu, memory, network, block);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        grid.add(cpu, 0, 0);
        grid.add(memory, 1, 0);
        grid.add(network, 0, 1);
        grid.add(block, 1, 1);

        summary.setId("stats-summary");
        summary.getStyleClass().add("stats-summary");
        BorderPane.setMargin(summary, new Insets(0, 0, 6, 0));
        setTop(summary);
        // below a useful height the charts scroll rather than squash
        grid.setMinHeight(2 * 170 + 8);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        setPadding(new Insets(8));

        charts.forEach(c -> c.setAll(series.samples()));
        series.latestProperty().addListener(onSample);
        series.problemProperty().addListener(onProblem);
        showSummary();
        this.hold = hub.hold(containerId);
    }

    private void sampleArrived(ContainerStats s) {
        if (s != null) {
            charts.forEach(c -> c.add(s));
        }
        showSummary();
    }

    private void showSummary() {
        String problem = series.problemProperty().get();
        ContainerStats latest = series.latestProperty().get();
        summary.setText(problem != null && latest == null ? problem : StatsFormat.summary(latest));
        if (latest != null) {
            String limit = " (limit " + StatsFormat.memory(latest.memoryLimit()) + ")";
            charts.get(1).setTitle("Memory used" + limit);
        }
    }

    /** Lets go of the container's stats (the hub closes the stream when no one else holds it). */
    @Override
    public void close() {
        series.latestProperty().removeListener(onSample);
        series.problemProperty().removeListener(onProblem);
        hold.close();
    }
}
