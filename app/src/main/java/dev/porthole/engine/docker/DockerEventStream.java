package dev.porthole.engine.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import dev.porthole.model.EngineEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One engine event stream on docker-java's stream thread: maps events, reports its end exactly once, and tells
 * a caller's close (null) from a failure (an {@link EngineException}).
 */
final class DockerEventStream extends ResultCallback.Adapter<Event> {

    private static final Logger LOG = LoggerFactory.getLogger(DockerEventStream.class);

    private final String host;
    private final Consumer<EngineEvent> onEvent;
    private final Consumer<Throwable> onEnd;
    private final Consumer<DockerEventStream> onFinished;
    private final CountDownLatch opened = new CountDownLatch(1);
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean closedByCaller;

    DockerEventStream(String host, Consumer<EngineEvent> onEvent, Consumer<Throwable> onEnd,
                      Consumer<DockerEventStream> onFinished) {
        this.host = host;
        this.onEvent = onEvent;
        this.onEnd = onEnd;
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

    /** Ends the stream as the caller's choice: {@code onEnd} gets null. */
    void closeByCaller() {
        closedByCaller = true;
        end(null);
    }

    @Override
    public void onStart(Closeable stream) {
        super.onStart(stream);
        opened.countDown();
        if (closedByCaller) {
            // closed before the response came: onStart reopened the template, so close again
            closeQuietly();
        }
    }

    @Override
    public void onNext(Event event) {
        if (ended.get()) {
            return;
        }
        try {
            onEvent.accept(DockerMapping.toEvent(event));
        } catch (RuntimeException e) {
            LOG.warn("An event listener failed on {}", event, e);
        }
    }

    @Override
    public void onError(Throwable failure) {
        // not super.onError: it logs every caller's close as an ERROR
        end(closedByCaller ? null : DockerFailures.translate(host, "follow the engine's events", failure));
    }

    @Override
    public void onComplete() {
        end(closedByCaller ? null : new EngineException(Kind.UNREACHABLE,
                "The engine at " + host + " ended its event stream."));
    }

    private void end(Throwable failure) {
        closeQuietly();
        opened.countDown();
        if (ended.compareAndSet(false, true)) {
            onFinished.accept(this);
            try {
                onEnd.accept(failure);
            } catch (RuntimeException e) {
                LOG.warn("An event stream's end handler failed", e);
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the event stream failed", e);
        }
    }
}
