package dev.porthole.cli.bench;

import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;

/** What a bench group gets: a place to record figures, and the services it may measure. */
public interface BenchContext {

    /** Records one figure, printed as {@code name value unit}; names are lower_snake_case with the unit last. */
    void record(String name, double value, String unit);

    /** Finds the engine as the app does. */
    EngineLocator locator();

    /** Opens and probes engines. */
    EngineFactory engineFactory();
}
