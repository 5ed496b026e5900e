package dev.porthole.ui.dashboard;

import dev.porthole.engine.EngineConnection;
import dev.porthole.model.CleanupKind;
import dev.porthole.model.CleanupPlan;
import dev.porthole.model.CleanupRequest;
import dev.porthole.model.CleanupResult;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The clean-up dialog's state: the kinds chosen, the preview of exactly what goes (read again whenever the choice
 * changes), and the result of removing it. Volumes start unchosen, as their data goes with them.
 */
final class CleanupModel {

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final Map<String, String> labels;
    private final Map<CleanupKind, BooleanProperty> chosen = new EnumMap<>(CleanupKind.class);
    private final BooleanProperty allImages = new SimpleBooleanProperty(this, "allImages", false);
    private final ReadOnlyObjectWrapper<CleanupPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<CleanupResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private long request;

    /** A model whose clean-up only touches objects with all of {@code labels} (empty: any object). */
    CleanupModel(EngineConnection connection, TaskRunner tasks, Map<String, String> labels) {
        this.connection = connection;
        this.tasks = tasks;
        this.labels = Map.copyOf(labels);
        for (CleanupKind kind : CleanupKind.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, kind.name(), kind != CleanupKind.VOLUMES);
            p.addListener((o, was, now) -> preview());
            chosen.put(kind, p);
        }
        allImages.addListener((o, was, now) -> preview());
    }

    /** Whether this kind is chosen. */
    BooleanProperty chosenProperty(CleanupKind kind) {
        return chosen.get(kind);
    }

    /** All unused images (true) or only dangling ones. */
    BooleanProperty allImagesProperty() {
        return allImages;
    }

    /** The preview for the current choice, or null while it is being read. */
    ReadOnlyObjectProperty<CleanupPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** What the last clean-up did, or null. */
    ReadOnlyObjectProperty<CleanupResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while the clean-up runs. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last preview or clean-up failed, or null. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The request the current choice makes. */
    CleanupRequest request() {
        Set<CleanupKind> kinds = EnumSet.noneOf(CleanupKind.class);
        chosen.forEach((kind, p) -> {
            if (p.get()) {
                kinds.add(kind);
            }
        });
        return new CleanupRequest(kinds, allImages.get(), labels);
    }

    /** Reads the preview for the current choice; an answer to an older choice is dropped. */
    void preview() {
        long mine = ++request;
        plan.set(null);
        CleanupRequest asked = request();
        if (asked.kinds().isEmpty()) {
            plan.set(new CleanupPlan(asked, java.util.List.of()));
            return;
        }
        tasks.run(() -> connection.requireEngine().cleanupPreview(asked), p -> {
            if (mine == request) {
                problem.set(null);
                plan.set(p);
            }
        }, failure -> {
            if (mine == request) {
                problem.set("Could not preview the clean-up: " + EngineList.describe(failure));
            }
        });
    }

    /** Removes exactly the previewed items, then shows what went and previews again. */
    void confirm() {
        CleanupPlan shown = plan.get();
        if (shown == null || shown.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        request++;
        tasks.run(() -> connection.requireEngine().cleanUp(shown), r -> {
            busy.set(false);
            result.set(r);
            preview();
        }, failure -> {
            busy.set(false);
            problem.set("Could not clean up: " + EngineList.describe(failure));
            preview();
        });
    }
}
