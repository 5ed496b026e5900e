package dev.porthole.logs;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.Subscription;
import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogRequest;
import dev.porthole.model.LogStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Follows one container's log across stops, restarts and engine drops: the last N lines first, then live; when
 * the stream ends it says why, and it reopens from the last timestamp seen (when the container runs again, or
 * when {@link #resume()} is called after an engine reconnect), dropping lines already delivered.
 * Lines go to {@code sink} on the stream's reading thread; the caller batches them.
 */
public final class LogFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogFollower.class);
    /** A stream that ends at once on a running container is not reopened faster than this. */
    private static final Duration REOPEN_PAUSE = Duration.ofSeconds(1);

    private enum State { NEW, OPENING, OPEN, ENDED, CLOSED }

    private final Supplier<Engine> engine;
    private final String containerId;
    private final String source;
    private final int tail;
    private final Consumer<LogLine> sink;
    private final Consumer<FollowStatus> status;
    private final ResumeFilter filter = new ResumeFilter();
    private State state = State.NEW;
    private Subscription current;
    private long openedAtNanos;
    private boolean reportedEnd;

    /**
     * @param engine      the engine now, or null while there is none
     * @param containerId the container to follow
     * @param source      the name its lines carry
     * @param tail        how many earlier lines to show first
     */
    public LogFollower(Supplier<Engine> engine, String containerId, String source, int tail,
                       Consumer<LogLine> sink, Consumer<FollowStatus> status) {
        this.engine = engine;
        this.containerId = containerId;
        this.source = source;
        this.tail = tail;
        this.sink = sink;
        this.status = status;
    }

    /** The container followed. */
    public String containerId() {
        return containerId;
    }

    /** The name its lines carry. */
    public String source() {
        return source;
    }

    /** Opens the stream: blocks on the engine, so never on the FX thread. Throws when it cannot open. */
    public void start() {
        synchronized (this) {
            if (state != State.NEW) {
                return;
            }
            state = State.OPENING;
        }
        open(LogRequest.tailAndFollow(tail));
    }

    /**
     * Reopens the stream if it has ended (the container started again, the engine is back); a no-op while it
     * is open. Returns at once: the reopening runs on its own thread.
     */
    public void resume() {
        synchronized (this) {
            if (state != State.ENDED) {
                return;
            }
            state = State.OPENING;
        }
        Thread.ofPlatform().daemon().name("porthole-logs-resume").start(this::reopen);
    }

    /** Ends the stream; nothing more is delivered. Safe to call more than once. */
    @Override
    public void close() {
        Subscription s;
        synchronized (this) {
            state = State.CLOSED;
            s = current;
            current = null;
        }
        if (s != null) {
            s.close();
        }
    }

    private void reopen() {
        long since;
        synchronized (this) {
            long wait = REOPEN_PAUSE.toNanos() - (System.nanoTime() - openedAtNanos);
            since = filter.resumeMark();
            if (wait > 0) {
                try {
                    wait(wait / 1_000_000 + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (state != State.OPENING) {
                return;
            }
        }
        try {
            open(LogRequest.resumeFrom(since));
        } catch (EngineException e) {
            synchronized (this) {
                if (state == State.OPENING) {
                    state = State.ENDED;
                }
            }
            LOG.debug("Reopening the log of {} failed: {}", source, e.getMessage());
        }
    }

    private void open(LogRequest request) {
        Engine e = engine.get();
        if (e == null) {
            synchronized (this) {
                state = state == State.CLOSED ? State.CLOSED : State.ENDED;
            }
            throw new EngineException(EngineException.Kind.UNREACHABLE, "Not connected to a container engine.");
        }
        LineAssembler assembler = new LineAssembler(source, this::deliver);
        Subscription s;
        try {
            s = e.logs(containerId, request, assembler::accept, failure -> {
                assembler.flush();
                ended(failure);
            });
        } catch (RuntimeException failure) {
            synchronized (this) {
                state = state == State.CLOSED ? State.CLOSED : State.ENDED;
            }
            throw failure;
        }
        boolean resumed;
        synchronized (this) {
            openedAtNanos = System.nanoTime();
            if (state == State.CLOSED) {
                s.close();
                return;
            }
            if (state == State.OPENING) {
                state = State.OPEN;
            }
            current = s;
            resumed = reportedEnd;
            reportedEnd = false;
        }
        if (resumed) {
            report(FollowStatus.Kind.FOLLOWING, "Following " + source + " again.");
        }
    }

    private void deliver(LogLine line) {
        if (filter.admit(line)) {
            sink.accept(line);
        }
    }

    /** The stream ended (on its reading thread): say why, and reopen at once if the container runs. */
    private void ended(Throwable failure) {
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.ENDED;
            current = null;
        }
        boolean running = false;
        try {
            Engine e = engine.get();
            ContainerSummary c = e == null ? null : e.findContainer(containerId);
            running = c != null && c.state() == ContainerState.RUNNING;
        } catch (EngineException lookupFailed) {
            failure = failure != null ? failure : lookupFailed;
        }
        synchronized (this) {
            reportedEnd = true;
        }
        if (failure != null) {
            report(FollowStatus.Kind.LOST, "Lost the log stream of " + source + ": " + failure.getMessage()
                    + " Resuming when the engine is back.");
        } else if (!running) {
            report(FollowStatus.Kind.STOPPED, source + " stopped; following again when it starts.");
        }
        if (running) {
            resume();
        }
    }

    private void report(FollowStatus.Kind kind, String message) {
        // a status line in the log itself, placed in time, so the view shows where the gap was
        sink.accept(LogLine.of(System.currentTimeMillis() * 1_000_000L, LogStream.STATUS, source, message));
        status.accept(new FollowStatus(kind, message));
    }
}
