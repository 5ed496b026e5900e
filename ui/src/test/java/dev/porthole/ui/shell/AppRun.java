package dev.porthole.ui.shell;

import dev.porthole.ui.MainApp;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.function.Supplier;

/** The whole app started as a user starts it, checked, and closed again whatever the check did. */
public final class AppRun {

    /** What a test does with the running app. */
    @FunctionalInterface
    public interface Check {
        void accept(MainApp app) throws Exception;
    }

    private AppRun() {
    }

    /** Starts the app on {@code configDir} (as tests start it: no welcome), runs {@code check}, closes the app. */
    public static void with(Path configDir, Check check) throws Exception {
        with(() -> new MainApp(configDir), check);
    }

    /** Starts the app {@code start} makes, runs {@code check}, closes the app. */
    public static void with(Supplier<MainApp> start, Check check) throws Exception {
        MainApp app = (MainApp) FxToolkit.setupApplication(start::get);
        try {
            check.accept(app);
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }
}
