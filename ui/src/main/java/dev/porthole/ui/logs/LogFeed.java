package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;
import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The hand-over from log stream threads to the FX thread: lines are queued as they come and drained in
 * batches by a single pending task (never one per line), at most one batch per frame ({@link NextFrame}). The
 * sink takes what fits in its time for the frame; the rest waits for the next one.
 * <p>
 * When the FX thread falls behind a flood, the stream thread waits once {@value #HIGH_WATER} lines are queued
 * (the engine keeps the rest), so a flood neither piles up lines for the garbage collector to copy nor takes the
 * CPU the FX thread needs to draw; nothing is lost. The queue is also bounded like the view's buffer, for
 * producers that must not wait: past that the oldest queued lines go (and are counted), as the buffer would drop
 * them anyway.
 */
final class LogFeed {

    /** A batch larger than this is split over pulses, so one drain cannot stall a frame. */
    static final int MAX_BATCH = 4_096;
    /** Queued lines at which a stream thread waits for the FX thread to catch up. */
    static final int HIGH_WATER = 4_096;

    private final ConcurrentLinkedQueue<LogLine> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong droppedQueued = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor fx;
    private final int bound;
    private final Sink onBatch;
    private volatile boolean closed;
    /** Where stream threads wait for room. */
    private final Object room = new Object();
    /** Lines the sink had no time for last frame (FX thread only). */
    private List<LogLine> carried = List.of();

    /** Where batches go, on the FX thread. */
    interface Sink {
        /**
         * Takes lines from the front of {@code batch} while its time for this frame lasts; returns how many.
         *
         * @param dropped how many queued lines were dropped since the last batch
         */
        int take(List<LogLine> batch, long dropped);
    }

    /**
     * @param fx      runs a task on the FX thread ({@link NextFrame}; tests may use Platform::runLater)
     * @param bound   the most lines held in the queue
     * @param onBatch gets each batch, on the FX thread
     */
    LogFeed(Executor fx, int bound, Sink onBatch) {
        this.fx = fx;
        this.bound = Math.max(bound, 1);
        this.onBatch = onBatch;
    }

    /** Queues a line (any thread); a stream thread waits while the FX thread is {@value #HIGH_WATER} lines behind. */
    void offer(LogLine line) {
        if (closed) {
            return;
        }
        if (queued.get() >= HIGH_WATER && !Platform.isFxApplicationThread()) {
            awaitRoom();
        }
        queue.add(line);
        if (queued.incrementAndGet() > bound && queue.poll() != null) {
            queued.decrementAndGet();
            droppedQueued.incrementAndGet();
        }
        if (scheduled.compareAndSet(false, true)) {
            fx.execute(this::drain);
        }
    }

    private void awaitRoom() {
        synchronized (room) {
            try {
                while (queued.get() >= HIGH_WATER && !closed) {
                    // timed: a wake-up missed between the check and the wait costs a few milliseconds, no more
                    room.wait(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void wakeWaiters() {
        synchronized (room) {
            room.notifyAll();
        }
    }

    /** Stops delivering; queued lines are discarded. */
    void close() {
        closed = true;
        queue.clear();
        wakeWaiters();
        fx.execute(() -> carried = List.of());
    }

    private void drain() {
        scheduled.set(false);
        if (closed) {
            return;
        }
        List<LogLine> batch = new ArrayList<>(Math.min(carried.size() + queued.get(), MAX_BATCH));
        batch.addAll(carried);
        LogLine line;
        while (batch.size() < MAX_BATCH && (line = queue.poll()) != null) {
            batch.add(line);
        }
        if (queued.addAndGet(carried.size() - batch.size()) < HIGH_WATER) {
            wakeWaiters();
        }
        int taken = batch.isEmpty() ? 0 : onBatch.take(batch, droppedQueued.getAndSet(0));
        carried = taken >= batch.size() ? List.of() : new ArrayList<>(batch.subList(taken, batch.size()));
        if ((!carried.isEmpty() || !queue.isEmpty()) && scheduled.compareAndSet(false, true)) {
            fx.execute(this::drain);
        }
    }
}
