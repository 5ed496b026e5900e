package dev.porthole.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The most heap in use while some work runs: sampled every millisecond from the MemoryMXBean, and taken from each
 * GC's "before" usage (the true high points between samples), after a System.gc() baseline. Used heap includes
 * garbage not yet collected, so this is an upper bound on what the work needs.
 */
final class HeapPeakMeter {

    private static final long MB = 1024 * 1024;

    private HeapPeakMeter() {
    }

    /** What {@link #measure} found: the peak and the baseline before the work, in MB, and the work's result. */
    record Peak<T>(double peakMb, double baselineMb, T result) {
    }

    /** Runs {@code work} and returns the peak heap seen meanwhile (the result is kept reachable until the end). */
    static <T> Peak<T> measure(Supplier<T> work) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        NotificationListener onGc = (Notification n, Object handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long before = info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                peak.accumulateAndGet(before, Math::max);
            }
        };
        List<NotificationEmitter> emitters = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(onGc, null, null);
                emitters.add(emitter);
            }
        }
        Thread sampler = Thread.ofPlatform().daemon().name("porthole-heap-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        T result;
        try {
            result = work.get();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        } finally {
            sampler.interrupt();
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(onGc);
                } catch (javax.management.ListenerNotFoundException e) {
                    // already gone
                }
            }
        }
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Peak<>((double) peak.get() / MB, (double) baseline / MB, result);
    }
}
