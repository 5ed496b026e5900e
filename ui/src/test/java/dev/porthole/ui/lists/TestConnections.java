package dev.porthole.ui.lists;

import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.Subscription;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.engine.docker.DockerEngineFactory;
import dev.porthole.model.EngineEvent;
import dev.porthole.testing.TestEngines;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Connections for page tests: a real one to the test engine, one fixed to an engine, one with none. */
public final class TestConnections {

    private TestConnections() {
    }

    /** A connection (not yet started) that finds only the test engine's endpoint. */
    public static SupervisedEngineConnection toTestEngine() {
        EngineEndpoint endpoint = TestEngines.dockerEndpoint();
        return new SupervisedEngineConnection(() -> discover(endpoint), TestEngines.factory());
    }

    /** Like {@link #toTestEngine()}, retrying with the given backoff (short ones make reconnect tests quick). */
    public static SupervisedEngineConnection toTestEngine(SupervisedEngineConnection.Backoff backoff) {
        EngineEndpoint endpoint = TestEngines.dockerEndpoint();
        return new SupervisedEngineConnection(() -> discover(endpoint), TestEngines.factory(), backoff);
    }

    /** A connection for tests that never start it (navigation, theme, layout need no engine). */
    public static SupervisedEngineConnection neverStarted() {
        return new SupervisedEngineConnection(() -> {
            throw new IllegalStateException("this test never starts the connection");
        }, new DockerEngineFactory());
    }

    /** A connection that is simply connected to {@code engine}: no status, no events, never reconnecting. */
    public static EngineConnection fixedTo(Engine engine) {
        return new Fixed(engine, null);
    }

    /** A connection that never finds an engine: what pages see with no Docker or Podman running. */
    public static EngineConnection offline() {
        return new Fixed(null, new ConnectionStatus(ConnectionStatus.State.DISCONNECTED, null,
                "No container engine answers.", null, 1, null));
    }

    /** What a search finds when only {@code endpoint} is looked at: it, reachable or not. */
    public static DiscoveryReport discover(EngineEndpoint endpoint) {
        CandidateResult result;
        try {
            result = new CandidateResult(endpoint, true, TestEngines.factory().probe(endpoint), null);
        } catch (EngineException e) {
            result = new CandidateResult(endpoint, false, null, e.getMessage());
        }
        return new DiscoveryReport(List.of(result), result.reachable() ? result : null, "the test's engine",
                List.of());
    }

    /** A connection that never changes: {@code engine} (or none) and {@code status} (told at once, if any). */
    private record Fixed(Engine connected, ConnectionStatus status) implements EngineConnection {
        @Override
        public void start() {
        }

        @Override
        public Subscription onStatus(Consumer<ConnectionStatus> listener) {
            if (status != null) {
                listener.accept(status);
            }
            return () -> { };
        }

        @Override
        public Subscription onEvent(Consumer<EngineEvent> listener) {
            return () -> { };
        }

        @Override
        public Optional<Engine> engine() {
            return Optional.ofNullable(connected);
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
}
