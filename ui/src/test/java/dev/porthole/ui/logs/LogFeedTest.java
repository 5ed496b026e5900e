package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class LogFeedTest {

    @Test
    void aFloodIntoASlowViewWaitsForItInsteadOfDroppingOrPilingUp() throws Exception {
        int lines = 3 * LogFeed.HIGH_WATER;
        ExecutorService slowFx = Executors.newSingleThreadExecutor();
        List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong dropped = new AtomicLong();
        AtomicInteger mostQueued = new AtomicInteger();
        AtomicInteger offered = new AtomicInteger();
        LogFeed[] feed = new LogFeed[1];
        // a view far slower than the stream: 500 lines a "frame", a millisecond each
        feed[0] = new LogFeed(slowFx, 100_000, (batch, droppedBefore) -> {
            mostQueued.accumulateAndGet(offered.get() - received.size(), Math::max);
            int take = Math.min(500, batch.size());
            batch.subList(0, take).forEach(l -> received.add(l.text()));
            dropped.addAndGet(droppedBefore);
            sleep();
            return take;
        });
        Thread stream = Thread.ofPlatform().name("stream").start(() -> {
            for (int i = 0; i < lines; i++) {
                feed[0].offer(LogLine.of(i, LogStream.STDOUT, "c", "line " + i));
                offered.incrementAndGet();
            }
        });
        stream.join(TimeUnit.MINUTES.toMillis(2));
        assertThat(stream.isAlive()).as("the stream thread finished offering").isFalse();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline && received.size() < lines) {
            Thread.sleep(20);
        }
        slowFx.shutdown();

        assertThat(dropped.get()).isZero();
        assertThat(received).hasSize(lines);
        assertThat(received.getFirst()).isEqualTo("line 0");
        assertThat(received.getLast()).isEqualTo("line " + (lines - 1));
        for (int i = 0; i < lines; i += 997) {
            assertThat(received.get(i)).isEqualTo("line " + i);
        }
        // the stream waited: the queue (plus the batch in hand) never held much more than the high-water mark
        assertThat(mostQueued.get()).isLessThanOrEqualTo(LogFeed.HIGH_WATER + LogFeed.MAX_BATCH + 1);
    }

    @Test
    void closingReleasesAWaitingStream() throws Exception {
        LogFeed feed = new LogFeed(task -> { }, 100_000, (batch, dropped) -> batch.size());
        Thread stream = Thread.ofPlatform().name("stream").start(() -> {
            for (int i = 0; i < LogFeed.HIGH_WATER + 10; i++) {
                feed.offer(LogLine.of(i, LogStream.STDOUT, "c", "line " + i));
            }
        });
        // nothing drains: the stream stops at the mark and waits
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && stream.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(10);
        }
        assertThat(stream.isAlive()).isTrue();

        feed.close();
        stream.join(TimeUnit.SECONDS.toMillis(20));
        assertThat(stream.isAlive()).as("a closed feed lets its stream go").isFalse();
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
