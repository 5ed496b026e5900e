package dev.porthole.ui.layers;

import dev.porthole.layers.Analysis;
import dev.porthole.layers.AnalysisProgress;
import dev.porthole.layers.ImageSource;
import dev.porthole.layers.LayerAnalyzer;
import dev.porthole.ui.shell.TaskRunner;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One read of an image on a background thread: progress lands on the FX thread at most one update at a time,
 * and {@link #cancel()} interrupts the reading thread (the analyzer stops on interrupt).
 */
final class AnalysisJob {

    /** How far a read has got: bytes so far and the total, -1 when unknown. */
    interface Progress {
        void update(long read, long total);
    }

    private final Object lock = new Object();
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private Thread worker;
    private boolean cancelled;

    /** Starts reading {@code source}; exactly one of the callbacks runs on the FX thread unless cancelled. */
    static AnalysisJob start(TaskRunner tasks, ImageSource source, Progress progress,
                             Consumer<Analysis> onDone, Consumer<Throwable> onFailure) {
        AnalysisJob job = new AnalysisJob();
        AnalysisProgress relay = (bytes, length) -> {
            job.read.set(bytes);
            job.total.set(length);
            // one pending update at a time: the reader calls this for every block
            if (job.updatePending.compareAndSet(false, true)) {
                tasks.onUi(() -> {
                    job.updatePending.set(false);
                    if (!job.isCancelled()) {
                        progress.update(job.read.get(), job.total.get());
                    }
                });
            }
        };
        tasks.run(() -> job.run(source, relay), a -> {
            if (!job.isCancelled()) {
                onDone.accept(a);
            }
        }, e -> {
            if (!job.isCancelled()) {
                onFailure.accept(e);
            }
        });
        return job;
    }

    private Analysis run(ImageSource source, AnalysisProgress relay) throws InterruptedException {
        synchronized (lock) {
            if (cancelled) {
                throw new InterruptedException("cancelled before it started");
            }
            worker = Thread.currentThread();
        }
        try {
            return LayerAnalyzer.analyze(source, relay);
        } finally {
            synchronized (lock) {
                worker = null;
                // a cancel that came late must not interrupt the pool thread's next task
                Thread.interrupted();
            }
        }
    }

    /** Stops the read; no callback runs afterwards. */
    void cancel() {
        synchronized (lock) {
            cancelled = true;
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    boolean isCancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }
}
