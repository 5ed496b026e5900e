package dev.porthole.ui.shell;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The last line of defence: an exception nobody caught, on any thread (the FX thread included), is logged to the
 * rotating log file and shown as a readable message; the app keeps running. Errors reach the FX thread in
 * batches (one pending {@code runLater}), and {@link ErrorDialogs} turns a storm of them into one dialog.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final ErrorDialogs dialogs;
    private final Queue<Throwable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();

    /** @param logFile where the details are written, named in the message */
    public ErrorReporter(Path logFile) {
        this.dialogs = new ErrorDialogs(logFile);
    }

    /**
     * Makes this the handler of every thread without its own, and of the FX thread (which JavaFX would otherwise
     * only print to stderr); call on the FX thread.
     */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        try {
            if (dialogs.firstOfItsKind(error)) {
                LOG.error("Unexpected error on thread {}", thread.getName(), error);
            }
            queue.add(error);
            if (drainPending.compareAndSet(false, true)) {
                Platform.runLater(this::drain);
            }
        } catch (RuntimeException | Error e) {
            // the toolkit is gone (shutting down) or logging failed: nothing more can be shown
            System.err.println("Porthole: unexpected error on " + thread.getName() + ": " + error);
        }
    }

    private void drain() {
        drainPending.set(false);
        Throwable error;
        while ((error = queue.poll()) != null) {
            dialogs.report(error);
        }
    }

    /** The dialogs, for tests. */
    ErrorDialogs dialogs() {
        return dialogs;
    }
}
