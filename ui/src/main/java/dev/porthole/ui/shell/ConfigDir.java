package dev.porthole.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The platform's per-user folder for Porthole's settings. */
public final class ConfigDir {

    /** System property that overrides the folder (tests, benches, portable installs). */
    public static final String OVERRIDE_PROPERTY = "porthole.configDir";

    private ConfigDir() {
    }

    /** The folder for this user on this machine, honouring {@value #OVERRIDE_PROPERTY}. */
    public static Path current() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return forPlatform(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * Linux and others: $XDG_CONFIG_HOME/porthole or ~/.config/porthole; macOS: ~/Library/Application
     * Support/Porthole; Windows: %APPDATA%\Porthole.
     */
    public static Path forPlatform(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return nonBlank(appData) ? Path.of(appData, "Porthole") : Path.of(home, "AppData", "Roaming", "Porthole");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Porthole");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // the XDG spec says a relative value is invalid and must be ignored
        if (nonBlank(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "porthole");
        }
        return Path.of(home, ".config", "porthole");
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
