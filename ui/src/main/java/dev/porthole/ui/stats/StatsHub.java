package dev.porthole.ui.stats;

import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.Subscription;
import dev.porthole.stats.ContainerStats;
import dev.porthole.stats.StatsCalculator;
import dev.porthole.ui.shell.TaskRunner;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The containers page's stats streams: one engine stream per container however many views show it (the table's
 * column, the Stats tab), open only while the page is active and someone holds the container. Samples from all
 * streams reach the FX thread in batches, through one pending UI task. Use it on the FX thread.
 */
public final class StatsHub implements AutoCloseable {

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final Map<String, Entry> entries = new HashMap<>();
    private final ConcurrentLinkedQueue<Delivery> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final Subscription statusSubscription;
    private boolean active;

    public StatsHub(EngineConnection connection, TaskRunner tasks) {
        this.connection = connection;
        this.tasks = tasks;
        // streams die with the engine; after a reconnect the held ones open again
        this.statusSubscription = connection.onStatus(status -> {
            if (status.state() == ConnectionStatus.State.CONNECTED) {
                tasks.onUi(this::reopenEnded);
            }
        });
    }

    /** The series of a container (samples kept while held, cleared when the last holder lets go). */
    public StatsSeries series(String containerId) {
        return entries.computeIfAbsent(containerId, Entry::new).series;
    }

    /** Holds a container's stats: its stream is open while held and the hub is active. Close to let go. */
    public Subscription hold(String containerId) {
        Entry entry = entries.computeIfAbsent(containerId, Entry::new);
        entry.holders++;
        if (active) {
            open(entry);
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                release(entry);
            }
        };
    }

    /** Opens the streams of held containers (the page is shown) or closes them all (hidden). */
    public void setActive(boolean nowActive) {
        if (active == nowActive) {
            return;
        }
        active = nowActive;
        for (Entry entry : entries.values()) {
            if (nowActive && entry.holders > 0) {
                open(entry);
            } else if (!nowActive) {
                stop(entry);
            }
        }
    }

    /** Opens a held container's stream again if it ended (the container was started again). */
    public void reopen(String containerId) {
        Entry entry = entries.get(containerId);
        if (active && entry != null && entry.holders > 0) {
            open(entry);
        }
    }

    private void reopenEnded() {
        if (active) {
            entries.values().stream().filter(e -> e.holders > 0).forEach(this::open);
        }
    }

    /** Whether the hub opens streams. */
    public boolean isActive() {
        return active;
    }

    /** How many engine streams are open or opening; for tests. */
    public int openStreams() {
        return (int) entries.values().stream().filter(e -> e.streamWanted).count();
    }

    /** Closes every stream. */
    @Override
    public void close() {
        statusSubscription.close();
        setActive(false);
        entries.clear();
    }

    private void open(Entry entry) {
        if (entry.streamWanted) {
            return;
        }
        entry.streamWanted = true;
        long generation = ++entry.generation;
        String id = entry.series.containerId();
        StatsCalculator calculator = new StatsCalculator();
        tasks.run(() -> connection.requireEngine().stats(id,
                        sample -> deliver(new Delivery(entry, generation, calculator.next(sample), null)),
                        failure -> deliver(new Delivery(entry, generation, null, failure == null ? "" : why(failure)))),
                subscription -> {
                    if (entry.generation == generation && entry.streamWanted) {
                        entry.stream = subscription;
                    } else {
                        subscription.close();
                    }
                },
                failure -> {
                    if (entry.generation == generation) {
                        entry.streamWanted = false;
                        entry.series.ended(why(failure));
                    }
                });
    }

    private void stop(Entry entry) {
        entry.streamWanted = false;
        entry.generation++;
        if (entry.stream != null) {
            Subscription s = entry.stream;
            entry.stream = null;
            // closing joins docker-java's stream thread briefly: keep it off the FX thread
            tasks.run(() -> {
                s.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    private void release(Entry entry) {
        entry.holders--;
        if (entry.holders <= 0) {
            stop(entry);
            // the entry stays (cells are bound to its series); only its samples go
            entry.series.clear();
        }
    }

    private void deliver(Delivery delivery) {
        inbox.add(delivery);
        if (drainPending.compareAndSet(false, true)) {
            tasks.onUi(this::drain);
        }
    }

    private void drain() {
        drainPending.set(false);
        for (Delivery d = inbox.poll(); d != null; d = inbox.poll()) {
            if (d.entry.generation != d.generation) {
                continue; // a stream closed since
            }
            if (d.stats != null) {
                d.entry.series.add(d.stats);
            } else {
                d.entry.streamWanted = false;
                d.entry.stream = null;
                d.entry.series.ended(d.endReason.isEmpty() ? null : d.endReason);
            }
        }
    }

    private static String why(Throwable failure) {
        return failure instanceof EngineException e ? e.getMessage()
                : failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }

    private static final class Entry {
        final StatsSeries series;
        int holders;
        long generation;
        boolean streamWanted;
        Subscription stream;

        Entry(String containerId) {
            this.series = new StatsSeries(containerId);
        }
    }

    private record Delivery(Entry entry, long generation, ContainerStats stats, String endReason) {
    }
}
