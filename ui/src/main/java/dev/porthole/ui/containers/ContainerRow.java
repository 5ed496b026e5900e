package dev.porthole.ui.containers;

import dev.porthole.model.ContainerSummary;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One container in the table. The row object stays while the container exists and only its summary changes, so
 * the table keeps selection and scroll position across updates from the event stream.
 */
public final class ContainerRow {

    private final String id;
    private final ReadOnlyObjectWrapper<ContainerSummary> summary;

    ContainerRow(ContainerSummary summary) {
        this.id = summary.id();
        this.summary = new ReadOnlyObjectWrapper<>(this, "summary", summary);
    }

    public String id() {
        return id;
    }

    public ContainerSummary summary() {
        return summary.get();
    }

    public ReadOnlyObjectProperty<ContainerSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    void update(ContainerSummary newer) {
        if (!newer.equals(summary.get())) {
            summary.set(newer);
        }
    }

    @Override
    public String toString() {
        return summary.get().name();
    }
}
