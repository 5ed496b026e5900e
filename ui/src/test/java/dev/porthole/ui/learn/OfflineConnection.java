package dev.porthole.ui.learn;

import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.Subscription;
import dev.porthole.model.EngineEvent;

import java.util.Optional;
import java.util.function.Consumer;

/** A connection that never finds an engine: what the Learn page sees with no Docker or Podman running. */
final class OfflineConnection implements EngineConnection {

    private final ConnectionStatus status = new ConnectionStatus(ConnectionStatus.State.DISCONNECTED, null,
            "No container engine answers.", null, 1, null);

    @Override
    public void start() {
    }

    @Override
    public ConnectionStatus status() {
        return status;
    }

    @Override
    public Subscription onStatus(Consumer<ConnectionStatus> listener) {
        listener.accept(status);
        return () -> { };
    }

    @Override
    public Subscription onEvent(Consumer<EngineEvent> listener) {
        return () -> { };
    }

    @Override
    public Optional<Engine> engine() {
        return Optional.empty();
    }

    @Override
    public void retryNow() {
    }

    @Override
    public void reportFailure(Throwable failure) {
    }

    @Override
    public void close() {
    }
}
