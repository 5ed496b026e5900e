package dev.porthole.ui.tour;

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
import java.time.Instant;
import java.util.Properties;

/** Remembers, in a small properties file in the settings folder, that the first-start welcome was answered. */
public final class WelcomeFlag {

    private static final Logger LOG = LoggerFactory.getLogger(WelcomeFlag.class);
    /** The file's name in the settings folder. */
    public static final String FILE_NAME = "welcome.properties";

    private final Path file;

    public WelcomeFlag(Path file) {
        this.file = file;
    }

    /** The flag in this settings folder. */
    public static WelcomeFlag in(Path configDir) {
        return new WelcomeFlag(configDir.resolve(FILE_NAME));
    }

    /** Whether the welcome was answered (tour taken or declined); an unreadable file counts as answered. */
    public boolean answered() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return p.getProperty("answer") != null;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            // better to miss a welcome than to greet someone on every start
            LOG.warn("Treating the unreadable welcome flag {} as answered: {}", file, e.toString());
            return true;
        }
    }

    /** Records the answer ({@code tour} or {@code later}); a failure to write is logged, never shown. */
    public void answer(String answer) {
        Properties p = new Properties();
        p.setProperty("answer", answer);
        p.setProperty("answeredAt", Instant.now().toString());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Porthole first-start welcome");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save the welcome flag to {}: {}", file, e.toString());
        }
    }
}
