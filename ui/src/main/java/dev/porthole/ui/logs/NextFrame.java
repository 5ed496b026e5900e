package dev.porthole.ui.logs;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.Executor;

/**
 * Runs a task in the next FX pulse, before its layout and render. Drains scheduled this way can never starve
 * pulses: a flood re-posting plain {@code runLater}s back to back would keep the FX thread from drawing at all.
 */
final class NextFrame implements Executor {

    @Override
    public void execute(Runnable task) {
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                task.run();
            }
        }.start());
    }
}
