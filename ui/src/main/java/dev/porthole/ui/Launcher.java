package dev.porthole.ui;

import dev.porthole.prefs.UserFolders;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * The desktop entry point; with arguments it runs the command line instead (so an installed {@code porthole lint …}
 * works without a display). A plain class, not an {@link Application}, so {@code java -cp} and jpackage start
 * JavaFX from the class path without "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // before logback starts: its rotating file goes to the platform's log folder (logback.xml reads this)
        if (System.getProperty(UserFolders.LOG_OVERRIDE) == null) {
            System.setProperty(UserFolders.LOG_OVERRIDE, UserFolders.logs().toString());
        }
        if (args.length > 0) {
            dev.porthole.cli.PortholeCli.main(args);
            return;
        }
        // logback reads its configuration on first use (a few hundred ms): do it while the toolkit starts,
        // not on the FX thread when MainApp first logs
        Thread.ofPlatform().daemon().name("porthole-warm-up").start(LoggerFactory::getILoggerFactory);
        Application.launch(MainApp.class, args);
    }
}
