package dev.porthole.engine.docker;

import com.github.dockerjava.api.async.ResultCallback;
import dev.porthole.engine.EngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A docker-java stream a caller owns, on docker-java's stream thread: it reports its end exactly once, and tells a
 * caller's close (null) from a failure (an {@link EngineException} saying what the stream was for).
 */
abstract class DockerStream<T> extends ResultCallback.Adapter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(DockerStream.class);

    private final String host;
    /** What the stream does, as "follow the engine's events", for messages. */
    private final String what;
    private final Consumer<Throwable> onEnd;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean closedByCaller;

    DockerStream(String host, String what, Consumer<Throwable> onEnd) {
        this.host = host;
        this.what = what;
        this.onEnd = onEnd;
    }

    /** Ends the stream as the caller's choice: {@code onEnd} gets null. */
    final void closeByCaller() {
        closedByCaller = true;
        end(null);
    }

    /** The failure that the engine ending the stream means. */
    abstract EngineException endedByEngine();

    /** Runs when the engine has answered the request. */
    void started() {
    }

    /** Runs once when the stream ends, before {@code onEnd}. */
    void finished() {
    }

    /** Whether the stream has ended; what still arrives is dropped. */
    final boolean hasEnded() {
        return ended.get();
    }

    @Override
    public final void onStart(Closeable stream) {
        super.onStart(stream);
        started();
        if (closedByCaller) {
            // closed before the response came: onStart reopened the template, so close again
            closeQuietly();
        }
    }

    @Override
    public final void onError(Throwable failure) {
        // not super.onError: it logs every caller's close as an ERROR
        end(closedByCaller ? null : DockerFailures.translate(host, what, failure));
    }

    @Override
    public final void onComplete() {
        end(closedByCaller ? null : endedByEngine());
    }

    /** Closes the stream and, the first time, reports {@code failure} (null: a caller's close) to {@code onEnd}. */
    final void end(Throwable failure) {
        closeQuietly();
        if (ended.compareAndSet(false, true)) {
            finished();
            try {
                onEnd.accept(failure);
            } catch (RuntimeException e) {
                LOG.warn("The end handler of the stream to {} failed", what, e);
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the stream to {} failed", what, e);
        }
    }
}
