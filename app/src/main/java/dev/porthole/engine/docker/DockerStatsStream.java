package dev.porthole.engine.docker;

import com.github.dockerjava.api.model.Statistics;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import dev.porthole.model.StatsSample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/** One container's stats stream on docker-java's stream thread; reports its end exactly once. */
final class DockerStatsStream extends DockerStream<Statistics> {

    private static final Logger LOG = LoggerFactory.getLogger(DockerStatsStream.class);

    private final String container;
    private final Consumer<StatsSample> onSample;

    DockerStatsStream(String host, String container, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd) {
        super(host, "follow the stats of " + container, onEnd);
        this.container = container;
        this.onSample = onSample;
    }

    @Override
    public void onNext(Statistics statistics) {
        if (hasEnded()) {
            return;
        }
        StatsSample sample = DockerStats.toSample(statistics);
        if (sample.read() == null) {
            // a stopped container's stream goes on with all-zero samples (read time 0001-01-01) on Docker 20.10:
            // end it rather than hold a connection for zeros
            end(endedByEngine());
            return;
        }
        try {
            onSample.accept(sample);
        } catch (RuntimeException e) {
            LOG.warn("A stats listener failed", e);
        }
    }

    /** The stats end when the container is not running. */
    @Override
    EngineException endedByEngine() {
        return new EngineException(Kind.CONFLICT, "The stats of " + container + " ended: it is not running.");
    }
}
