package dev.porthole.ui.containers;

import dev.porthole.engine.EngineConnection;
import dev.porthole.model.ContainerDetails;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The inspect data of the one selected container, loaded in the background; stale answers are dropped. */
public final class ContainerDetailsModel {

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ContainerDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private String shownId;

    ContainerDetailsModel(EngineConnection connection, TaskRunner tasks) {
        this.connection = connection;
        this.tasks = tasks;
    }

    /** The details shown, or null while none (none selected, or still loading a new one). */
    public ReadOnlyObjectProperty<ContainerDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Why loading failed, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Loads (again) the details of this container; null clears them. The same id keeps the old ones meanwhile. */
    void load(String id) {
        if (id == null) {
            shownId = null;
            details.set(null);
            error.set(null);
            return;
        }
        if (!id.equals(shownId)) {
            details.set(null);
            error.set(null);
        }
        shownId = id;
        tasks.run(() -> connection.requireEngine().inspectContainer(id), loaded -> {
            if (id.equals(shownId)) {
                details.set(loaded);
                error.set(null);
            }
        }, failure -> {
            if (id.equals(shownId)) {
                error.set("Could not load details: " + ContainersModel.describe(failure));
            }
        });
    }
}
