package dev.porthole.prefs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The platform's usual per-user folders for Porthole: settings (config) and data such as log files. */
public final class UserFolders {

    /** System property that overrides the settings folder (tests, benches, portable installs). */
    public static final String CONFIG_OVERRIDE = "porthole.configDir";
    /** System property that overrides the folder of the log files. */
    public static final String LOG_OVERRIDE = "porthole.logDir";

    private UserFolders() {
    }

    /** The settings folder for this user on this machine, honouring {@value #CONFIG_OVERRIDE}. */
    public static Path config() {
        String override = System.getProperty(CONFIG_OVERRIDE);
        if (nonBlank(override)) {
            return Path.of(override);
        }
        return config(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /** The folder for log files, honouring {@value #LOG_OVERRIDE}. */
    public static Path logs() {
        String override = System.getProperty(LOG_OVERRIDE);
        if (nonBlank(override)) {
            return Path.of(override);
        }
        return logs(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /**
     * Linux and others: $XDG_CONFIG_HOME/porthole or ~/.config/porthole; macOS: ~/Library/Application
     * Support/Porthole; Windows: %APPDATA%\Porthole.
     */
    public static Path config(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return nonBlank(appData) ? Path.of(appData, "Porthole") : Path.of(home, "AppData", "Roaming", "Porthole");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Porthole");
        }
        return xdg(env, "XDG_CONFIG_HOME", Path.of(home, ".config")).resolve("porthole");
    }

    /**
     * Linux and others: $XDG_STATE_HOME/porthole/logs or ~/.local/state/porthole/logs (the XDG spec's place for
     * logs); macOS: ~/Library/Logs/Porthole; Windows: %LOCALAPPDATA%\Porthole\logs.
     */
    public static Path logs(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (nonBlank(local) ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Porthole")
                    .resolve("logs");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Logs", "Porthole");
        }
        return xdg(env, "XDG_STATE_HOME", Path.of(home, ".local", "state")).resolve("porthole").resolve("logs");
    }

    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        // the XDG spec says a relative value is invalid and must be ignored
        return nonBlank(value) && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
