package dev.porthole.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.model.BuildResponseItem;
import dev.porthole.build.BuildEvent;
import dev.porthole.build.BuildRequest;
import dev.porthole.build.BuildSteps;
import dev.porthole.engine.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One image build on docker-java's stream thread. The context tar is written by its own thread into a pipe the
 * request body reads from, so it streams and is never held whole. Reports steps and output as they come and
 * exactly one ending; closing the subscription cancels (the engine stops a build whose client went away).
 */
final class DockerBuild extends ResultCallback.Adapter<BuildResponseItem> {

    private static final Logger LOG = LoggerFactory.getLogger(DockerBuild.class);
    private static final int PIPE_BUFFER = 256 * 1024;

    private final String host;
    private final Consumer<BuildEvent> listener;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile int step;
    private volatile String imageId;
    private volatile String error;
    private final StringBuilder partial = new StringBuilder();

    private DockerBuild(String host, Consumer<BuildEvent> listener) {
        this.host = host;
        this.listener = listener;
    }

    /** Starts the build and returns at once; {@code listener} runs on the build's stream thread. */
    static Subscription start(DockerClient docker, String host, BuildRequest request, Consumer<BuildEvent> listener) {
        DockerBuild build = new DockerBuild(host, listener);
        PipedInputStream body = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream sink;
        try {
            sink = new PipedOutputStream(body);
        } catch (IOException e) {
            throw DockerFailures.translate(host, "start the build", e);
        }
        Thread writer = Thread.ofPlatform().daemon().name("porthole-build-context").start(() -> {
            try {
                request.context().writeTar(sink);
            } catch (IOException e) {
                if (!build.cancelled && !build.ended.get()) {
                    LOG.debug("Streaming the build context stopped", e);
                    build.error = "Could not send the build context: " + e.getMessage();
                }
                closeQuietly(sink);
            }
        });
        BuildImageCmd cmd = docker.buildImageCmd(body)
                .withDockerfilePath(request.context().dockerfile())
                .withRemove(true).withForcerm(true).withPull(false)
                .withLabels(request.labels());
        if (!request.tag().isEmpty()) {
            cmd.withTags(Set.of(request.tag()));
        }
        if (!request.target().isEmpty()) {
            cmd.withTarget(request.target());
        }
        request.buildArgs().forEach(cmd::withBuildArg);
        cmd.exec(build);
        return () -> {
            build.cancelled = true;
            writer.interrupt();
            closeQuietly(body);
            build.end(new BuildEvent.Cancelled());
        };
    }

    @Override
    public void onNext(BuildResponseItem item) {
        if (ended.get()) {
            return;
        }
        if (item.getStream() != null) {
            output(item.getStream());
        }
        if (item.isErrorIndicated()) {
            String message = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                    ? item.getErrorDetail().getMessage() : item.getError();
            error = message == null ? "The build failed." : message.strip();
            emit(new BuildEvent.Output(error + "\n"));
        }
        if (item.isBuildSuccessIndicated() && item.getImageId() != null) {
            imageId = item.getImageId();
        }
    }

    /** Passes text on and announces each complete step line (stream items may split lines). */
    private void output(String text) {
        emit(new BuildEvent.Output(text));
        partial.append(text);
        int nl;
        while ((nl = partial.indexOf("\n")) >= 0) {
            String line = partial.substring(0, nl);
            partial.delete(0, nl + 1);
            BuildSteps.parse(line).ifPresent(s -> {
                step = s.number();
                emit(s);
            });
        }
    }

    @Override
    public void onError(Throwable failure) {
        // not super.onError: a cancel's closed socket is no error worth an ERROR log
        if (cancelled) {
            end(new BuildEvent.Cancelled());
            return;
        }
        String message = error != null ? error
                : DockerFailures.translate(host, "build the image", failure).getMessage();
        end(new BuildEvent.Failed(message, step));
    }

    @Override
    public void onComplete() {
        if (cancelled) {
            end(new BuildEvent.Cancelled());
        } else if (error != null) {
            end(new BuildEvent.Failed(error, step));
        } else if (imageId != null) {
            end(new BuildEvent.Succeeded(imageId));
        } else {
            end(new BuildEvent.Failed("The engine ended the build without naming an image.", step));
        }
    }

    private void end(BuildEvent last) {
        if (ended.compareAndSet(false, true)) {
            closeQuietly(this);
            try {
                listener.accept(last);
            } catch (RuntimeException e) {
                LOG.warn("A build listener failed", e);
            }
        }
    }

    private void emit(BuildEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("A build listener failed on {}", event, e);
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing {} failed", c, e);
        }
    }
}
