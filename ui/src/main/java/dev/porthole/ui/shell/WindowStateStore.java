package dev.porthole.ui.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/** Reads and writes {@link WindowState} as a properties file. A missing or damaged file gives the defaults. */
public final class WindowStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(WindowStateStore.class);

    private final Path file;

    public WindowStateStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The saved state; each missing or unreadable value falls back to its default, and never throws. */
    public WindowState load() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            return WindowState.DEFAULT;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable window state {}: {}", file, e.toString());
            return WindowState.DEFAULT;
        }
        WindowState d = WindowState.DEFAULT;
        double width = number(p, "width", d.width());
        double height = number(p, "height", d.height());
        if (width < WindowState.MIN_WIDTH || height < WindowState.MIN_HEIGHT) {
            width = d.width();
            height = d.height();
        }
        String page = p.getProperty("lastPage", "").strip();
        return new WindowState(number(p, "x", Double.NaN), number(p, "y", Double.NaN), width, height,
                Boolean.parseBoolean(p.getProperty("maximized", "false").strip()),
                page.matches("[a-z0-9-]{1,40}") ? page : d.lastPage());
    }

    /**
     * The theme older versions kept in this file (before it became a preference), for a one-time migration;
     * empty when there is none or it cannot be read.
     */
    public Optional<Theme.Mode> legacyTheme() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(mode(p.getProperty("theme"), null));
    }

    /** Writes the state (to a temporary file first, so a crash never leaves half a file). */
    public void save(WindowState state) throws IOException {
        Properties p = new Properties();
        if (state.hasPosition()) {
            p.setProperty("x", Double.toString(state.x()));
            p.setProperty("y", Double.toString(state.y()));
        }
        p.setProperty("width", Double.toString(state.width()));
        p.setProperty("height", Double.toString(state.height()));
        p.setProperty("maximized", Boolean.toString(state.maximized()));
        p.setProperty("lastPage", state.lastPage());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Porthole window state");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static double number(Properties p, String key, double fallback) {
        String s = p.getProperty(key);
        if (s == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(s.strip());
            return Double.isFinite(v) && Math.abs(v) < 1_000_000 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Theme.Mode mode(String s, Theme.Mode fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Theme.Mode.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
