package dev.porthole.prefs;

import dev.porthole.engine.EngineChoice;
import dev.porthole.logs.LogBuffer;

/**
 * What the user set in the preferences window. Immutable; the {@code with…} methods give changed copies.
 *
 * @param engine         which engine to use (auto-discovery by default)
 * @param theme          system, light or dark
 * @param logBufferLines lines each new log view keeps, within {@link #MIN_LOG_LINES}…{@link #MAX_LOG_LINES}
 * @param confirmations  whether destructive actions ask "are you sure?" first (refusals and force boxes always show)
 * @param shell          the terminal's default shell: {@link #AUTO_SHELL} (the first the image has) or a path
 */
public record Preferences(EngineChoice engine, Theme theme, int logBufferLines, boolean confirmations, String shell) {

    /** Light or dark; SYSTEM follows the operating system. */
    public enum Theme { SYSTEM, LIGHT, DARK }

    public static final int MIN_LOG_LINES = 1_000;
    public static final int MAX_LOG_LINES = 1_000_000;
    public static final String AUTO_SHELL = "auto";

    public static final Preferences DEFAULT =
            new Preferences(EngineChoice.AUTO, Theme.SYSTEM, LogBuffer.DEFAULT_CAPACITY, true, AUTO_SHELL);

    public Preferences {
        engine = engine == null ? EngineChoice.AUTO : engine;
        theme = theme == null ? Theme.SYSTEM : theme;
        String lines = logLinesProblem(logBufferLines);
        if (lines != null) {
            throw new IllegalArgumentException(lines);
        }
        shell = shell == null || shell.isBlank() ? AUTO_SHELL : shell.strip();
        String shellError = shellProblem(shell);
        if (shellError != null) {
            throw new IllegalArgumentException(shellError);
        }
    }

    /** Why this many log lines cannot be kept, or null when it is within bounds. */
    public static String logLinesProblem(long lines) {
        return lines < MIN_LOG_LINES || lines > MAX_LOG_LINES
                ? String.format("Keep between %,d and %,d lines.", MIN_LOG_LINES, MAX_LOG_LINES) : null;
    }

    /** Why this cannot be the default shell, or null when it can ("auto" or an absolute path). */
    public static String shellProblem(String shell) {
        if (shell == null || shell.isBlank() || shell.strip().equals(AUTO_SHELL)) {
            return null;
        }
        return shell.strip().matches("/[^\\s]*") ? null
                : "Give an absolute path inside the container, e.g. /bin/bash, or \"auto\".";
    }

    /** Whether the terminal should pick the first shell the image has. */
    public boolean autoShell() {
        return shell.equals(AUTO_SHELL);
    }

    public Preferences withEngine(EngineChoice e) {
        return new Preferences(e, theme, logBufferLines, confirmations, shell);
    }

    public Preferences withTheme(Theme t) {
        return new Preferences(engine, t, logBufferLines, confirmations, shell);
    }

    public Preferences withLogBufferLines(int lines) {
        return new Preferences(engine, theme, lines, confirmations, shell);
    }

    public Preferences withConfirmations(boolean on) {
        return new Preferences(engine, theme, logBufferLines, on, shell);
    }

    public Preferences withShell(String s) {
        return new Preferences(engine, theme, logBufferLines, confirmations, s);
    }
}
