package dev.porthole.engine;

import dev.porthole.engine.ConnectionStatus.State;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link EngineConnection} the app runs on: one thread of its own searches, connects, holds the one event
 * stream, and reconnects with backoff when the stream breaks or a call reports the engine unreachable.
 * Status listeners run on that thread; event listeners on the event stream's thread.
 */
public final class SupervisedEngineConnection implements EngineConnection {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisedEngineConnection.class);

    /** Waits between attempts: {@code initial} after the first failure, doubling up to {@code max}. */
    public record Backoff(Duration initial, Duration max) {
        /** 0.5 s, 1 s, 2 s … 15 s. */
        public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(15));

        public Backoff {
            Objects.requireNonNull(initial, "initial");
            Objects.requireNonNull(max, "max");
            if (initial.isNegative() || max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("need 0 <= initial <= max, got " + initial + " and " + max);
            }
        }

        /** The wait before attempt number {@code failures} (1 after the first failure). */
        public Duration delay(int failures) {
            Duration d = initial;
            for (int i = 1; i < failures && d.compareTo(max) < 0; i++) {
                d = d.multipliedBy(2);
            }
            return d.compareTo(max) > 0 ? max : d;
        }
    }

    private final Supplier<DiscoveryReport> discovery;
    private final EngineFactory factory;
    private final Backoff backoff;
    private final ScheduledThreadPoolExecutor worker;
    private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<EngineEvent>> eventListeners = new CopyOnWriteArrayList<>();
    private final Object statusLock = new Object();

    // written on the worker thread (and by close); read anywhere
    private volatile ConnectionStatus status = new ConnectionStatus(State.CONNECTING, null, null, null, 0, null);
    private volatile Engine engine;
    private volatile Subscription events;
    /** Bumped on every connect and drop, so callbacks of an earlier stream are ignored. */
    private volatile long generation;
    private ScheduledFuture<?> pending;
    private volatile boolean started;
    private volatile boolean closed;

    /** A connection with the default backoff (0.5 s doubling to 15 s). */
    public SupervisedEngineConnection(Supplier<DiscoveryReport> discovery, EngineFactory factory) {
        this(discovery, factory, Backoff.DEFAULT);
    }

    /** A connection with its own backoff (tests use short ones). */
    public SupervisedEngineConnection(Supplier<DiscoveryReport> discovery, EngineFactory factory, Backoff backoff) {
        this.discovery = Objects.requireNonNull(discovery, "discovery");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "porthole-engine-connection");
            t.setDaemon(true);
            return t;
        });
        worker.setRemoveOnCancelPolicy(true);
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public synchronized void start() {
        if (!started && !closed) {
            started = true;
            onWorker(this::attempt);
        }
    }

    @Override
    public ConnectionStatus status() {
        return status;
    }

    @Override
    public Subscription onStatus(Consumer<ConnectionStatus> listener) {
        Objects.requireNonNull(listener, "listener");
        // under the lock, so the listener cannot see a change before the current status
        synchronized (statusLock) {
            statusListeners.add(listener);
            tell(listener, status);
        }
        return () -> statusListeners.remove(listener);
    }

    @Override
    public Subscription onEvent(Consumer<EngineEvent> listener) {
        Objects.requireNonNull(listener, "listener");
        eventListeners.add(listener);
        return () -> eventListeners.remove(listener);
    }

    @Override
    public Optional<Engine> engine() {
        return status.connected() ? Optional.ofNullable(engine) : Optional.empty();
    }

    @Override
    public void retryNow() {
        onWorker(() -> {
            if (started && engine == null) {
                cancelPending();
                attempt();
            }
        });
    }

    @Override
    public void reportFailure(Throwable failure) {
        EngineException unreachable = unreachable(failure);
        if (unreachable == null) {
            return;
        }
        long seen = generation;
        onWorker(() -> {
            // a report about an engine already replaced is old news
            if (engine != null && generation == seen) {
                drop(unreachable.getMessage());
            }
        });
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("The engine connection's thread did not stop within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        generation++;
        release();
        publish(new ConnectionStatus(State.DISCONNECTED, status.info(), "Connection closed.", status.report(),
                status.attempt(), null));
    }

    // ---- the worker's steps ----

    /** Searches, opens, checks and subscribes; on any failure goes DISCONNECTED and schedules the next try. */
    private void attempt() {
        pending = null;
        if (closed || engine != null) {
            return;
        }
        ConnectionStatus before = status;
        publish(new ConnectionStatus(State.CONNECTING, before.info(), before.reason(), before.report(),
                before.attempt(), null));
        DiscoveryReport report;
        try {
            report = discovery.get();
        } catch (RuntimeException e) {
            LOG.debug("Engine search failed", e);
            fail(before.report(), "The engine search failed: " + e.getMessage());
            return;
        }
        if (report == null || report.chosen() == null) {
            fail(report, report == null || report.reason() == null ? "No container engine answered." : report.reason());
            return;
        }
        Engine candidate = null;
        try {
            candidate = factory.open(report.chosen().endpoint());
            // the search has just asked this engine for its facts (Podman's version call takes seconds)
            EngineInfo info = report.chosen().info() != null ? report.chosen().info() : candidate.info();
            long gen = ++generation;
            Subscription sub = candidate.events(event -> deliver(gen, event), end -> streamEnded(gen, end));
            if (closed) {
                sub.close();
                candidate.close();
                return;
            }
            engine = candidate;
            events = sub;
            publish(new ConnectionStatus(State.CONNECTED, info, null, report, 0, null));
        } catch (RuntimeException e) {
            LOG.debug("Connecting to {} failed", report.chosen().endpoint(), e);
            closeQuietly(candidate);
            fail(report, e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    private void streamEnded(long gen, Throwable failure) {
        if (failure == null) {
            return; // we closed it
        }
        onWorker(() -> {
            if (gen == generation && engine != null) {
                drop(failure.getMessage() != null ? failure.getMessage() : failure.toString());
            }
        });
    }

    private void deliver(long gen, EngineEvent event) {
        if (gen != generation || closed) {
            return;
        }
        for (Consumer<EngineEvent> listener : eventListeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("An engine event listener failed on {}", event, e);
            }
        }
    }

    /** Lets go of the engine (keeping its last facts in the status) and schedules a reconnect. */
    private void drop(String reason) {
        generation++;
        release();
        fail(status.report(), reason);
    }

    private void fail(DiscoveryReport report, String reason) {
        if (closed) {
            return;
        }
        ConnectionStatus before = status;
        int failures = before.attempt() + 1;
        Duration wait = backoff.delay(failures);
        publish(new ConnectionStatus(State.DISCONNECTED, before.info(), reason, report, failures,
                Instant.now().plus(wait)));
        cancelPending();
        try {
            pending = worker.schedule(guarded(this::attempt), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            // closed meanwhile
        }
    }

    private void release() {
        Subscription sub = events;
        Engine old = engine;
        events = null;
        engine = null;
        closeQuietly(sub);
        closeQuietly(old);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    // ---- plumbing ----

    private void publish(ConnectionStatus next) {
        synchronized (statusLock) {
            status = next;
            for (Consumer<ConnectionStatus> listener : statusListeners) {
                tell(listener, next);
            }
        }
    }

    private static void tell(Consumer<ConnectionStatus> listener, ConnectionStatus s) {
        try {
            listener.accept(s);
        } catch (RuntimeException e) {
            LOG.warn("A connection status listener failed on {}", s, e);
        }
    }

    private void onWorker(Runnable step) {
        if (closed) {
            return;
        }
        try {
            worker.execute(guarded(step));
        } catch (RejectedExecutionException shuttingDown) {
            // closed meanwhile
        }
    }

    private static Runnable guarded(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                // keep the worker alive: a failed step must not end reconnecting
                LOG.warn("Engine connection step failed", e);
            }
        };
    }

    private static EngineException unreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EngineException e && e.kind() == EngineException.Kind.UNREACHABLE) {
                return e;
            }
        }
        return null;
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("Closing {} failed", c, e);
        }
    }
}
