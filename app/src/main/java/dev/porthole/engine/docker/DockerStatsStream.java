package dev.porthole.engine.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Statistics;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import dev.porthole.model.StatsSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** One container's stats stream on docker-java's stream thread; reports its end exactly once. */
final class DockerStatsStream extends ResultCallback.Adapter<Statistics> {

    private static final Logger LOG = LoggerFactory.getLogger(DockerStatsStream.class);

    private final String host;
    private final String container;
    private final Consumer<StatsSample> onSample;
    private final Consumer<Throwable> onEnd;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean closedByCaller;

    DockerStatsStream(String host, String container, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd) {
        this.host = host;
        this.container = container;
        this.onSample = onSample;
        this.onEnd = onEnd;
    }

    /** Ends the stream as the caller's choice: {@code onEnd} gets null. */
    void closeByCaller() {
        closedByCaller = true;
        end(null);
    }

    @Override
    public void onStart(Closeable stream) {
        super.onStart(stream);
        if (closedByCaller) {
            // closed before the response came: onStart reopened the template, so close again
            closeQuietly();
        }
    }

    @Override
    public void onNext(Statistics statistics) {
        if (ended.get()) {
            return;
        }
        StatsSample sample = DockerStats.toSample(statistics);
        if (sample.read() == null) {
            // a stopped container's stream goes on with all-zero samples (read time 0001-01-01) on Docker 20.10:
            // end it rather than hold a connection for zeros
            end(notRunning());
            return;
        }
        try {
            onSample.accept(sample);
        } catch (RuntimeException e) {
            LOG.warn("A stats listener failed", e);
        }
    }

    @Override
    public void onError(Throwable failure) {
        // not super.onError: it logs every caller's close as an ERROR
        end(closedByCaller ? null : DockerFailures.translate(host, "follow the stats of " + container, failure));
    }

    @Override
    public void onComplete() {
        end(closedByCaller ? null : notRunning());
    }

    private EngineException notRunning() {
        return new EngineException(Kind.CONFLICT, "The stats of " + container + " ended: it is not running.");
    }

    private void end(Throwable failure) {
        closeQuietly();
        if (ended.compareAndSet(false, true)) {
            try {
                onEnd.accept(failure);
            } catch (RuntimeException e) {
                LOG.warn("A stats stream's end handler failed", e);
            }
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the stats stream failed", e);
        }
    }
}
