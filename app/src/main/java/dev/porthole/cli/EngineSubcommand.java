package dev.porthole.cli;

import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;

import java.util.function.Supplier;

/** A subcommand that talks to the engine: it finds it with the locator and opens it with the factory it is given. */
abstract class EngineSubcommand extends Subcommand {

    final EngineLocator locator;
    final Supplier<EngineFactory> engines;

    EngineSubcommand(EngineLocator locator, Supplier<EngineFactory> engines) {
        this.locator = locator;
        this.engines = engines;
    }
}
