package dev.porthole.ui.dashboard;

import dev.porthole.model.DiskUsage;
import dev.porthole.ui.containers.ContainerFormat;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.util.List;

/** Disk usage per kind as stacked bars: the part in use and the reclaimable part. */
final class DiskUsageChart extends StackedBarChart<String, Number> {

    static final List<String> KINDS = List.of("Images", "Containers", "Volumes", "Build cache");

    private final XYChart.Series<String, Number> used = new XYChart.Series<>();
    private final XYChart.Series<String, Number> reclaimable = new XYChart.Series<>();

    DiskUsageChart() {
        super(new CategoryAxis(), new NumberAxis());
        setId("disk-usage-chart");
        getStyleClass().add("disk-usage-chart");
        setAnimated(false);
        setLegendVisible(false); // the view shows its own key: the built-in one does not show under Primer
        setCategoryGap(28);
        ((CategoryAxis) getXAxis()).getCategories().setAll(KINDS);
        NumberAxis y = (NumberAxis) getYAxis();
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return ContainerFormat.bytes(n.longValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        used.setName("In use");
        reclaimable.setName("Reclaimable");
        getData().setAll(List.of(used, reclaimable));
    }

    /** Shows this usage (null clears the bars). */
    void show(DiskUsage usage) {
        if (usage == null) {
            used.getData().clear();
            reclaimable.getData().clear();
            return;
        }
        List<DiskUsage.Usage> parts = List.of(usage.images(), usage.containers(), usage.volumes(),
                usage.buildCache());
        for (int i = 0; i < KINDS.size(); i++) {
            DiskUsage.Usage u = parts.get(i);
            set(used, i, Math.max(0, u.size() - u.reclaimable()));
            set(reclaimable, i, u.reclaimable());
        }
    }

    private void set(XYChart.Series<String, Number> series, int index, long value) {
        if (series.getData().size() > index) {
            series.getData().get(index).setYValue(value);
        } else {
            series.getData().add(new XYChart.Data<>(KINDS.get(index), value));
        }
    }
}
