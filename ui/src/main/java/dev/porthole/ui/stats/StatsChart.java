package dev.porthole.ui.stats;

import dev.porthole.stats.ContainerStats;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

import java.time.Instant;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * One live line chart over the last five minutes: x is seconds, labelled relative to the newest sample; animation
 * and symbols off; each series keeps only the points inside the window.
 */
final class StatsChart extends LineChart<Number, Number> {

    private static final double WINDOW_SECONDS = StatsSeries.WINDOW.toSeconds();

    private final List<ToDoubleFunction<ContainerStats>> values;
    private final NumberAxis time;

    StatsChart(String title, DoubleFunction<String> yFormat, List<String> names,
               List<ToDoubleFunction<ContainerStats>> values) {
        super(new NumberAxis(), new NumberAxis());
        this.values = values;
        this.time = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        setTitle(title);
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(names.size() > 1);
        getStyleClass().add("stats-chart");
        setMinHeight(170);
        time.setAutoRanging(false);
        time.setTickUnit(60);
        time.setMinorTickVisible(false);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number x) {
                return StatsFormat.ago(time.getUpperBound() - x.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        y.setForceZeroInRange(true);
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return yFormat.apply(v.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        for (String name : names) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name);
            getData().add(series);
        }
    }

    /** Replaces the points with these samples (oldest first). */
    void setAll(List<ContainerStats> samples) {
        for (XYChart.Series<Number, Number> s : getData()) {
            s.getData().clear();
        }
        samples.forEach(this::add);
    }

    /** Appends one sample and drops points that left the window. */
    void add(ContainerStats s) {
        double x = seconds(s.at());
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i).applyAsDouble(s);
            if (Double.isNaN(v)) {
                continue; // a rate with no earlier sample
            }
            var data = getData().get(i).getData();
            data.add(new XYChart.Data<>(x, v));
            int old = 0;
            while (old < data.size() && data.get(old).getXValue().doubleValue() < x - WINDOW_SECONDS) {
                old++;
            }
            if (old > 0) {
                data.remove(0, old);
            }
        }
        // whole-second bounds keep the minute ticks on whole minutes before the newest sample
        double upper = Math.ceil(x);
        time.setLowerBound(upper - WINDOW_SECONDS);
        time.setUpperBound(upper);
    }

    private static double seconds(Instant at) {
        Instant t = at != null ? at : Instant.now();
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
