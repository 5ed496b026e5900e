package dev.porthole.engine.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import dev.porthole.engine.Subscription;
import dev.porthole.logs.EngineTimestamp;
import dev.porthole.model.LogChunk;
import dev.porthole.model.LogRequest;
import dev.porthole.model.LogStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static dev.porthole.engine.docker.DockerMapping.shown;

/**
 * A container's log stream read straight from the engine's HTTP API rather than through docker-java's
 * {@code logContainerCmd}: docker-java cuts frames into 1 KB pieces (losing where an engine message starts, so a
 * long line's inner timestamps could not be told from text) and takes {@code since} in whole seconds only, while
 * resuming without duplicates needs the nanosecond. One reading thread per stream; closing the response ends it.
 */
final class DockerLogs {

    private static final Logger LOG = LoggerFactory.getLogger(DockerLogs.class);
    private static final int HEADER = 8;

    private DockerLogs() {
    }

    static Subscription open(DockerConnection connection, String containerId, LogRequest request,
                             Consumer<LogChunk> onChunk, Consumer<Throwable> onEnd) {
        String what = "read the log of container " + shown(containerId);
        DockerHttpClient.Response response = connection.openGet(what, path(containerId, request));
        AtomicBoolean closedByCaller = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        Runnable read = () -> {
            Throwable failure = null;
            try (InputStream body = new BufferedInputStream(response.getBody(), 64 * 1024)) {
                pump(body, onChunk);
            } catch (IOException | RuntimeException e) {
                failure = closedByCaller.get() ? null : connection.translate(what, e);
            } finally {
                closeQuietly(response);
            }
            if (ended.compareAndSet(false, true)) {
                try {
                    onEnd.accept(failure);
                } catch (RuntimeException e) {
                    LOG.warn("A log stream's end handler failed", e);
                }
            }
        };
        Thread.ofPlatform().daemon().name("porthole-logs-" + shown(containerId)).start(read);
        return () -> {
            if (closedByCaller.compareAndSet(false, true)) {
                closeQuietly(response);
            }
        };
    }

    /**
     * Reads to the end. With timestamps on, a multiplexed stream starts with a frame header (stream byte 0–2,
     * three zeros) and a TTY's raw stream with a timestamp digit: the first bytes tell which it is.
     */
    private static void pump(InputStream body, Consumer<LogChunk> onChunk) throws IOException {
        body.mark(HEADER);
        byte[] first = body.readNBytes(HEADER);
        body.reset();
        if (first.length == 0) {
            return;
        }
        boolean multiplexed = first.length == HEADER && first[0] >= 0 && first[0] <= 2
                && first[1] == 0 && first[2] == 0 && first[3] == 0;
        if (multiplexed) {
            byte[] header = new byte[HEADER];
            while (body.readNBytes(header, 0, HEADER) == HEADER) {
                int size = (header[4] & 0xff) << 24 | (header[5] & 0xff) << 16 | (header[6] & 0xff) << 8
                        | header[7] & 0xff;
                byte[] payload = body.readNBytes(size);
                if (payload.length < size) {
                    throw new IOException("the log stream ended inside a frame");
                }
                LogStream stream = header[0] == 2 ? LogStream.STDERR : LogStream.STDOUT;
                onChunk.accept(new LogChunk(stream, payload, true));
            }
        } else {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = body.read(buffer)) > 0) {
                onChunk.accept(new LogChunk(LogStream.STDOUT, Arrays.copyOf(buffer, n), false));
            }
        }
    }

    static String path(String containerId, LogRequest request) {
        StringBuilder q = new StringBuilder("/containers/")
                .append(URLEncoder.encode(containerId, StandardCharsets.UTF_8))
                .append("/logs?stdout=1&stderr=1&timestamps=1&follow=").append(request.follow() ? 1 : 0)
                .append("&tail=").append(request.tail() < 0 ? "all" : Integer.toString(request.tail()));
        if (request.sinceNanos() > 0) {
            q.append("&since=").append(EngineTimestamp.queryValue(request.sinceNanos()));
        }
        if (request.untilNanos() > 0) {
            q.append("&until=").append(EngineTimestamp.queryValue(request.untilNanos()));
        }
        return q.toString();
    }

    private static void closeQuietly(DockerHttpClient.Response response) {
        try {
            response.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing a log stream failed", e);
        }
    }
}
