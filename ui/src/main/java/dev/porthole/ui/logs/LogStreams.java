package dev.porthole.ui.logs;

import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.Subscription;
import dev.porthole.logs.LogFollower;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogRequest;
import dev.porthole.ui.shell.TaskRunner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The open log streams of one view: a follower per container, resumed when the engine says a container started
 * or the connection is back, and all closed together when the view goes.
 */
final class LogStreams implements AutoCloseable {

    private final List<LogFollower> followers = new CopyOnWriteArrayList<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /**
     * Opens the streams in the background. {@code sink} gets lines on stream threads; {@code status} gets
     * sentences on the FX thread.
     */
    void start(EngineConnection connection, TaskRunner tasks, List<LogsModel.Target> targets,
               Consumer<LogLine> sink, Consumer<String> status) {
        if (!followers.isEmpty()) {
            return;
        }
        for (LogsModel.Target t : targets) {
            LogFollower f = new LogFollower(() -> connection.engine().orElse(null), t.id(), t.name(),
                    LogRequest.DEFAULT_TAIL, sink, s -> tasks.onUi(() -> status.accept(s.message())));
            followers.add(f);
            tasks.run(() -> {
                f.start();
                return f;
            }, started -> status.accept(targets.size() > 1 ? "Following " + targets.size() + " containers"
                    : "Following " + t.name()), failure -> status.accept(LogsModel.describe(failure)));
        }
        subscriptions.add(connection.onEvent(e -> {
            if (e.isContainer() && ("start".equals(e.action()) || "restart".equals(e.action()))) {
                followers.stream().filter(f -> f.containerId().equals(e.actorId())).forEach(LogFollower::resume);
            }
        }));
        subscriptions.add(connection.onStatus(s -> {
            if (s.connected()) {
                followers.forEach(LogFollower::resume);
            }
        }));
    }

    /** Ends every stream and subscription. */
    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        List<LogFollower> toClose = List.copyOf(followers);
        followers.clear();
        // closing aborts a socket read: keep even that off the FX thread
        Thread.ofPlatform().daemon().name("porthole-logs-close").start(() -> toClose.forEach(LogFollower::close));
    }
}
