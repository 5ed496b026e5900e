package dev.porthole.ui.prefs;

import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.EngineChoice;
import dev.porthole.prefs.Preferences;
import dev.porthole.prefs.PreferencesStore;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.function.Function;

/**
 * The app's preferences while it runs: the current value (observed by the theme and read by new log views and
 * terminals), saving, the check of a chosen engine, and the message about a damaged file to show once.
 * Used on the FX thread only.
 */
public final class PreferencesModel {

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesModel.class);

    private final PreferencesStore store;
    private final Function<EngineChoice, DiscoveryReport> checker;
    private final ReadOnlyObjectWrapper<Preferences> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem");
    private final boolean firstRun;

    /**
     * Loads the preferences now.
     *
     * @param checker runs the doctor's discovery for a choice (blocking; the window calls it off the FX thread)
     */
    public PreferencesModel(PreferencesStore store, Function<EngineChoice, DiscoveryReport> checker) {
        this.store = store;
        this.checker = checker;
        PreferencesStore.Loaded loaded = store.load();
        current.set(loaded.preferences());
        loadProblem.set(loaded.problem());
        if (loaded.problem() != null) {
            LOG.warn(loaded.problem());
        }
        firstRun = !loaded.existed();
    }

    /** The preferences in use. */
    public ReadOnlyObjectProperty<Preferences> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The preferences in use now. */
    public Preferences current() {
        return current.get();
    }

    /** Why the file could not be read at start (shown to the user once), or null. */
    public ReadOnlyStringProperty loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    /** Forgets the start-up message once the user has seen it. */
    public void problemShown() {
        loadProblem.set(null);
    }

    /** Whether there was no preferences file at start (old settings may be migrated). */
    public boolean firstRun() {
        return firstRun;
    }

    /** Writes and uses these preferences; throws when the file cannot be written (nothing changes then). */
    public void save(Preferences prefs) throws IOException {
        store.save(prefs);
        current.set(prefs);
    }

    /** Saves a change made elsewhere (the sidebar's theme toggle); a failure is logged, the value still used. */
    public void update(Preferences prefs) {
        if (prefs.equals(current.get())) {
            return;
        }
        try {
            store.save(prefs);
        } catch (IOException e) {
            LOG.warn("Could not save the preferences to {}: {}", store.file(), e.toString());
        }
        current.set(prefs);
    }

    /** Probes this choice the way {@code porthole doctor} does; blocking, so call it off the FX thread. */
    public DiscoveryReport check(EngineChoice choice) {
        return checker.apply(choice);
    }

    /** Where the preferences are stored. */
    public String fileName() {
        return store.file().toString();
    }
}
