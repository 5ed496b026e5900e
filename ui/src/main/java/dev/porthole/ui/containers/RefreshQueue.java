package dev.porthole.ui.containers;

import dev.porthole.ui.shell.TaskRunner;

import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Coalesces ids from a burst of events: the first id opens a short window, and when it ends every id collected
 * so far goes to the handler (on the UI thread) as one set. A start or a compose up makes several events per
 * container within milliseconds; this turns them into one refresh per container.
 */
final class RefreshQueue {

    private final TaskRunner tasks;
    private final Duration window;
    private final Consumer<Set<String>> handler;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    RefreshQueue(TaskRunner tasks, Duration window, Consumer<Set<String>> handler) {
        this.tasks = tasks;
        this.window = window;
        this.handler = handler;
    }

    /** Adds an id; safe from any thread. */
    void add(String id) {
        pending.add(id);
        if (scheduled.compareAndSet(false, true)) {
            tasks.run(this::drainAfterWindow, ids -> {
                if (!ids.isEmpty()) {
                    handler.accept(ids);
                }
            }, failure -> scheduled.set(false));
        }
    }

    private Set<String> drainAfterWindow() throws InterruptedException {
        Thread.sleep(window);
        // ids added from here on open a new window
        scheduled.set(false);
        Set<String> ids = new HashSet<>();
        for (Iterator<String> it = pending.iterator(); it.hasNext(); ) {
            ids.add(it.next());
            it.remove();
        }
        return ids;
    }
}
