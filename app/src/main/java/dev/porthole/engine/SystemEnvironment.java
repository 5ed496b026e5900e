package dev.porthole.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What engine discovery reads from the machine: environment variables, the home folder, the OS and whether a
 * file exists. A value so tests can hand in a temporary home and their own variables.
 *
 * @param env        environment variables
 * @param home       the user's home folder (as the docker CLI sees it: $HOME, %USERPROFILE% on Windows)
 * @param osName     the {@code os.name} value
 * @param fileExists whether a path exists (sockets included)
 */
public record SystemEnvironment(Map<String, String> env, Path home, String osName, Predicate<Path> fileExists) {

    public SystemEnvironment {
        env = Map.copyOf(env);
    }

    /** This process's environment. */
    public static SystemEnvironment current() {
        Map<String, String> env = System.getenv();
        String os = System.getProperty("os.name", "");
        // the docker CLI takes the home from HOME (USERPROFILE on Windows), which can differ from user.home under sudo
        String homeVar = env.get(isWindows(os) ? "USERPROFILE" : "HOME");
        Path home = Path.of(homeVar == null || homeVar.isBlank() ? System.getProperty("user.home") : homeVar);
        return new SystemEnvironment(env, home, os, Files::exists);
    }

    /** A variable's value, or null when it is unset or empty (the docker CLI treats both alike). */
    public String get(String name) {
        String value = env.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** Whether this is Windows. */
    public boolean windows() {
        return isWindows(osName);
    }

    /** Whether the path exists. */
    public boolean exists(Path path) {
        return fileExists.test(path);
    }

    private static boolean isWindows(String os) {
        return os.toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
