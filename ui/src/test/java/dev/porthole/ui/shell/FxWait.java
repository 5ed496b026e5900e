package dev.porthole.ui.shell;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for the UI to reach a state, reading it on the FX thread. */
public final class FxWait {

    private FxWait() {
    }

    /** Runs {@code read} on the FX thread and returns its value. */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the UI failed", e);
        }
    }

    /** Waits up to {@code seconds} for {@code condition} (read on the FX thread) to hold. */
    public static void until(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(onFx(condition)));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + seconds + " s waiting until " + what);
        }
    }
}
