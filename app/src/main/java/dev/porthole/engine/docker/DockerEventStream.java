package dev.porthole.engine.docker;

import com.github.dockerjava.api.model.Event;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import dev.porthole.model.EngineEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One engine event stream on docker-java's stream thread: maps events, reports its end exactly once, and tells
 * a caller's close (null) from a failure (an {@link EngineException}).
 */
final class DockerEventStream extends DockerStream<Event> {

    private static final Logger LOG = LoggerFactory.getLogger(DockerEventStream.class);

    private final String host;
    private final Consumer<EngineEvent> onEvent;
    private final Consumer<DockerEventStream> onFinished;
    private final CountDownLatch opened = new CountDownLatch(1);

    DockerEventStream(String host, Consumer<EngineEvent> onEvent, Consumer<Throwable> onEnd,
                      Consumer<DockerEventStream> onFinished) {
        super(host, "follow the engine's events", onEnd);
        this.host = host;
        this.onEvent = onEvent;
        this.onFinished = onFinished;
    }

    /** Waits until the engine has answered the request (so later events are seen) or the stream ended. */
    void awaitOpen(Duration limit) {
        try {
            opened.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onNext(Event event) {
        if (hasEnded()) {
            return;
        }
        try {
            onEvent.accept(DockerMapping.toEvent(event));
        } catch (RuntimeException e) {
            LOG.warn("An event listener failed on {}", event, e);
        }
    }

    @Override
    void started() {
        opened.countDown();
    }

    @Override
    void finished() {
        opened.countDown();
        onFinished.accept(this);
    }

    @Override
    EngineException endedByEngine() {
        return new EngineException(Kind.UNREACHABLE, "The engine at " + host + " ended its event stream.");
    }
}
