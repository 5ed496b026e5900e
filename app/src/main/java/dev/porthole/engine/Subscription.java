package dev.porthole.engine;

/** An open stream from the engine (events, logs, stats, progress); close it when its owner goes. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Ends the stream and frees its connection. Safe to call more than once. */
    @Override
    void close();
}
