package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;

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
 * sink takes what fits in its time for the frame; the rest waits for the next one. The queue is bounded like the
 * view's buffer: when the FX thread falls behind a flood, the oldest queued lines go (and are counted), as the
 * buffer would drop them anyway.
 */
final class LogFeed {

    /** A batch larger than this is split over pulses, so one drain cannot stall a frame. */
    static final int MAX_BATCH = 10_000;

    private final ConcurrentLinkedQueue<LogLine> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong droppedQueued = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor fx;
    private final int bound;
    private final Sink onBatch;
    private volatile boolean closed;
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

    /** Queues a line (any thread). */
    void offer(LogLine line) {
        if (closed) {
            return;
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

    /** Stops delivering; queued lines are discarded. */
    void close() {
        closed = true;
        queue.clear();
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
        queued.addAndGet(carried.size() - batch.size());
        int taken = batch.isEmpty() ? 0 : onBatch.take(batch, droppedQueued.getAndSet(0));
        carried = taken >= batch.size() ? List.of() : new ArrayList<>(batch.subList(taken, batch.size()));
        if ((!carried.isEmpty() || !queue.isEmpty()) && scheduled.compareAndSet(false, true)) {
            fx.execute(this::drain);
        }
    }
}
