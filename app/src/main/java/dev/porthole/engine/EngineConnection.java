package dev.porthole.engine;

import dev.porthole.model.EngineEvent;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The app's one live link to the engine: finds it, watches it, and reconnects with backoff when it goes.
 * Listeners are called on the connection's own thread; the UI hops to the FX thread itself.
 */
public interface EngineConnection extends AutoCloseable {

    /** Starts the first search in the background; returns at once. */
    void start();

    /** The current status. */
    ConnectionStatus status();

    /** Calls {@code listener} with every status change (and once now with the current one). */
    Subscription onStatus(Consumer<ConnectionStatus> listener);

    /**
     * Calls {@code listener} with every engine event. The connection holds one event stream for all listeners
     * and subscribes it again after a reconnect; closing the subscription removes the listener only.
     */
    Subscription onEvent(Consumer<EngineEvent> listener);

    /** The engine while connected. */
    Optional<Engine> engine();

    /** The engine, or an UNREACHABLE {@link EngineException} saying why there is none. */
    default Engine requireEngine() {
        return engine().orElseThrow(() -> new EngineException(EngineException.Kind.UNREACHABLE,
                Optional.ofNullable(status().reason()).orElse("Not connected to a container engine.")));
    }

    /** Drops the wait and tries again now (the Retry button). */
    void retryNow();

    /** A call failed; when it is an UNREACHABLE failure the connection marks itself disconnected and retries. */
    void reportFailure(Throwable failure);

    /** Closes the event stream, the client, and stops retrying. */
    @Override
    void close();
}
