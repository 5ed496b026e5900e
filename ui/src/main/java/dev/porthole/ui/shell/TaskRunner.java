package dev.porthole.ui.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for background work: {@code work} runs off the FX thread, and exactly one of the callbacks runs
 * on the FX thread afterwards. Tests plug in {@link #direct()}, which runs everything on the calling thread.
 */
public interface TaskRunner extends AutoCloseable {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (soon, or now when already on it). */
    void onUi(Runnable action);

    /** Stops the workers; pending work is abandoned. */
    @Override
    void close();

    /** A runner that does everything at once on the calling thread: for tests. */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }

            @Override
            public void close() {
            }
        };
    }
}
