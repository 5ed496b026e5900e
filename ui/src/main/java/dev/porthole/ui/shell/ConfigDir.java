package dev.porthole.ui.shell;

import dev.porthole.prefs.UserFolders;

import java.nio.file.Path;
import java.util.Map;

/** The platform's per-user folder for Porthole's settings (the path logic lives in {@link UserFolders}). */
public final class ConfigDir {

    /** System property that overrides the folder (tests, benches, portable installs). */
    public static final String OVERRIDE_PROPERTY = UserFolders.CONFIG_OVERRIDE;

    private ConfigDir() {
    }

    /** The folder for this user on this machine, honouring {@value #OVERRIDE_PROPERTY}. */
    public static Path current() {
        return UserFolders.config();
    }

    /** See {@link UserFolders#config(String, Map, String)}. */
    public static Path forPlatform(String osName, Map<String, String> env, String home) {
        return UserFolders.config(osName, env, home);
    }
}
