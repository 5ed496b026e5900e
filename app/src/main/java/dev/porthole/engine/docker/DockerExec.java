package dev.porthole.engine.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.Frame;
import dev.porthole.engine.ExecSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An exec process with a TTY, attached: output frames go to a callback on docker-java's stream thread, input
 * goes through a queue the transport's stdin pump reads.
 */
final class DockerExec extends ResultCallback.Adapter<Frame> implements ExecSession {

    private static final Logger LOG = LoggerFactory.getLogger(DockerExec.class);
    /** How long a closing session waits for the shell to exit on its own. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(1);

    private final DockerConnection connection;
    private final String execId;
    private final String what;
    private final Consumer<byte[]> onOutput;
    private final Consumer<Throwable> onEnd;
    private final QueuedInput input = new QueuedInput();
    private final AtomicBoolean ended = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean closedByCaller;
    private volatile int[] size;

    private DockerExec(DockerConnection connection, String execId, String what, int columns, int rows,
                       Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
        this.connection = connection;
        this.execId = execId;
        this.what = what;
        this.size = new int[]{columns, rows};
        this.onOutput = onOutput;
        this.onEnd = onEnd;
    }

    /** Creates the exec instance (a bounded call), then starts it attached; returns at once. */
    static DockerExec start(DockerConnection connection, String containerId, List<String> command, int columns,
                            int rows, Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
        String what = "run " + String.join(" ", command) + " in " + containerId;
        String id = connection.call(what, DockerConnection.CHANGE_LIMIT, () -> connection.dockerClient()
                .execCreateCmd(containerId).withCmd(command.toArray(String[]::new)).withTty(true)
                .withAttachStdin(true).withAttachStdout(true).withAttachStderr(true)
                .withEnv(List.of("TERM=xterm-256color")).exec().getId());
        DockerExec session = new DockerExec(connection, id, what, columns, rows, onOutput, onEnd);
        connection.dockerClient().execStartCmd(id).withTty(true).withStdIn(session.input).exec(session);
        return session;
    }

    @Override
    public String id() {
        return execId;
    }

    @Override
    public void send(byte[] bytes) {
        if (!ended.get()) {
            input.offer(bytes);
        }
    }

    @Override
    public void resize(int columns, int rows) {
        size = new int[]{columns, rows};
        if (!ended.get()) {
            connection.call("resize the terminal of " + what, DockerConnection.READ_LIMIT, () ->
                    connection.dockerClient().resizeExecCmd(execId).withSize(rows, columns).exec());
        }
    }

    @Override
    public Integer exitCode() {
        InspectExecResponse inspect = connection.call("inspect " + what, DockerConnection.READ_LIMIT,
                () -> connection.dockerClient().inspectExecCmd(execId).exec());
        return Boolean.TRUE.equals(inspect.isRunning()) || inspect.getExitCodeLong() == null ? null
                : inspect.getExitCodeLong().intValue();
    }

    @Override
    public void onStart(Closeable stream) {
        super.onStart(stream);
        if (closedByCaller) {
            closeQuietly();
            return;
        }
        // the engine takes a size only once the process runs; the size asked for at open is sent now
        int[] wanted = size;
        Thread.ofPlatform().daemon().name("porthole-exec-resize").start(() -> {
            try {
                resize(wanted[0], wanted[1]);
            } catch (RuntimeException e) {
                LOG.debug("The first resize of {} failed", what, e);
            }
        });
    }

    @Override
    public void onNext(Frame frame) {
        if (!ended.get() && frame.getPayload() != null) {
            try {
                onOutput.accept(frame.getPayload());
            } catch (RuntimeException e) {
                LOG.warn("An exec output listener failed", e);
            }
        }
    }

    @Override
    public void onError(Throwable failure) {
        end(closedByCaller ? null : DockerFailures.translate(connection.endpoint().host(), what, failure));
    }

    @Override
    public void onComplete() {
        end(null);
    }

    /**
     * Ends the session. Docker leaves an exec process running when its attachment closes, so the shell is first
     * sent Ctrl+C and Ctrl+D through its TTY and given a moment to exit. Blocks up to a second: not on the FX thread.
     */
    @Override
    public void close() {
        if (!ended.get()) {
            closedByCaller = true;
            try {
                // apart: the TTY flushes its input on Ctrl+C, which would swallow a Ctrl+D sent along with it
                input.offer(new byte[]{0x03});
                if (!finished.await(150, TimeUnit.MILLISECONDS)) {
                    input.offer(new byte[]{0x04});
                }
                finished.await(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closedByCaller = true;
        end(null);
    }

    private void end(Throwable failure) {
        finished.countDown();
        input.close();
        closeQuietly();
        if (ended.compareAndSet(false, true)) {
            try {
                onEnd.accept(failure);
            } catch (RuntimeException e) {
                LOG.warn("An exec session's end handler failed", e);
            }
        }
    }

    private void closeQuietly() {
        try {
            super.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Closing the exec stream failed", e);
        }
    }
}
