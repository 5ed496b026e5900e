package dev.porthole.ui.stats;

import dev.porthole.stats.ContainerStats;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

/** One container's recent stats on the FX thread: the last five minutes (bounded), the newest, and why it stopped. */
public final class StatsSeries {

    /** How far back the charts go. */
    public static final Duration WINDOW = Duration.ofMinutes(5);
    /** Hard bound on kept samples, whatever the engine's rate. */
    static final int MAX_SAMPLES = 600;

    private final String containerId;
    private final ArrayDeque<ContainerStats> samples = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<ContainerStats> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    StatsSeries(String containerId) {
        this.containerId = containerId;
    }

    /** The container these stats are of. */
    public String containerId() {
        return containerId;
    }

    /** The newest sample, or null before the first (and after the container stopped). */
    public ReadOnlyObjectProperty<ContainerStats> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Why no samples come (stopped, failed), or null while they do. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The kept samples, oldest first. */
    public List<ContainerStats> samples() {
        return List.copyOf(samples);
    }

    void add(ContainerStats s) {
        samples.addLast(s);
        Instant newest = s.at();
        while (samples.size() > MAX_SAMPLES || (newest != null && samples.getFirst().at() != null
                && samples.getFirst().at().isBefore(newest.minus(WINDOW)))) {
            samples.removeFirst();
        }
        problem.set(null);
        latest.set(s);
    }

    void ended(String why) {
        latest.set(null);
        problem.set(why);
    }

    void clear() {
        samples.clear();
        latest.set(null);
        problem.set(null);
    }
}
