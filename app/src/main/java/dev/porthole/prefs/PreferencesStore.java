package dev.porthole.prefs;

import dev.porthole.engine.EngineChoice;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads and writes {@link Preferences} as a properties file. A damaged file is never lost or silently overwritten:
 * it is renamed aside with a timestamp, the defaults (or the values still readable) are used, and the result
 * carries a message for the user. Unknown keys are ignored, so a newer version's file still loads.
 */
public final class PreferencesStore {

    /** The file's name inside the settings folder. */
    public static final String FILE_NAME = "preferences.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    /**
     * What loading found.
     *
     * @param preferences the preferences to use
     * @param problem     a message for the user when the file was damaged, else null
     * @param keptAside   where the damaged file was moved, else null
     * @param existed     whether a preferences file was there at all (false on the first run)
     */
    public record Loaded(Preferences preferences, String problem, Path keptAside, boolean existed) {
    }

    private final Path file;
    private final Clock clock;

    public PreferencesStore(Path file) {
        this(file, Clock.systemDefaultZone());
    }

    /** A store whose damaged-file names use {@code clock}'s time. */
    public PreferencesStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The file in {@code configDir}. */
    public static PreferencesStore in(Path configDir) {
        return new PreferencesStore(configDir.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** Reads the file; never throws. A damaged file is moved aside and named in {@link Loaded#problem()}. */
    public Loaded load() {
        Properties p = new Properties();
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            p.load(new StringReader(text));
        } catch (NoSuchFileException e) {
            return new Loaded(Preferences.DEFAULT, null, null, false);
        } catch (CharacterCodingException e) {
            return damaged("it is not UTF-8 text", null);
        } catch (IOException | IllegalArgumentException e) {
            return damaged(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), null);
        }
        List<String> bad = new ArrayList<>();
        Preferences d = Preferences.DEFAULT;
        EngineChoice.Kind kind = value(p, "engine.kind", d.engine().kind(), s -> enumValue(EngineChoice.Kind.class, s),
                bad);
        String address = p.getProperty("engine.address", "").strip();
        String certs = p.getProperty("engine.tlsCertDir", "").strip();
        EngineChoice engine = new EngineChoice(kind, address, certs.isEmpty() ? null : Path.of(certs));
        if (engine.problem() != null) {
            bad.add("engine (" + engine.problem() + ")");
            engine = d.engine();
        }
        Preferences.Theme theme = value(p, "theme", d.theme(), s -> enumValue(Preferences.Theme.class, s), bad);
        int lines = value(p, "logBufferLines", d.logBufferLines(), s -> {
            int n = Integer.parseInt(s.replace("_", "").replace(",", ""));
            if (Preferences.logLinesProblem(n) != null) {
                throw new IllegalArgumentException(Preferences.logLinesProblem(n));
            }
            return n;
        }, bad);
        boolean confirmations = value(p, "confirmations", d.confirmations(), PreferencesStore::bool, bad);
        String shell = value(p, "shell", d.shell(), s -> {
            if (Preferences.shellProblem(s) != null) {
                throw new IllegalArgumentException(Preferences.shellProblem(s));
            }
            return s;
        }, bad);
        Preferences read = new Preferences(engine, theme, lines, confirmations, shell);
        if (bad.isEmpty()) {
            return new Loaded(read, null, null, true);
        }
        return damaged("unreadable " + String.join(", ", bad), read);
    }

    /** Writes the preferences to a temporary file, then moves it in place, so a crash never leaves half a file. */
    public void save(Preferences prefs) throws IOException {
        Properties p = new Properties();
        p.setProperty("engine.kind", prefs.engine().kind().name());
        p.setProperty("engine.address", prefs.engine().address());
        if (prefs.engine().tlsCertDir() != null) {
            p.setProperty("engine.tlsCertDir", prefs.engine().tlsCertDir().toString());
        }
        p.setProperty("theme", prefs.theme().name());
        p.setProperty("logBufferLines", Integer.toString(prefs.logBufferLines()));
        p.setProperty("confirmations", Boolean.toString(prefs.confirmations()));
        p.setProperty("shell", prefs.shell());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Porthole preferences");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Moves the damaged file aside and says so; {@code salvaged} (the values still readable) is written back so the
     * next start is clean, or the defaults are used when nothing could be read.
     */
    private Loaded damaged(String why, Preferences salvaged) {
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + LocalDateTime.now(clock).format(STAMP));
        for (int i = 2; Files.exists(aside); i++) {
            aside = file.resolveSibling(file.getFileName() + ".damaged-" + LocalDateTime.now(clock).format(STAMP)
                    + "-" + i);
        }
        String kept;
        try {
            Files.move(file, aside);
            kept = " The damaged file was kept as " + aside + ".";
        } catch (IOException e) {
            aside = null;
            kept = " It could not be moved aside (" + e.getMessage() + "), so it is left as it is.";
        }
        Preferences used = salvaged != null ? salvaged : Preferences.DEFAULT;
        if (salvaged != null && aside != null) {
            try {
                save(salvaged);
            } catch (IOException e) {
                // the values are in use now; the next save writes them again
            }
        }
        String message = "The preferences file " + file + " is damaged (" + why + "). Porthole started with "
                + (salvaged != null ? "the default for those settings and kept the rest." : "the default preferences.")
                + kept;
        return new Loaded(used, message, aside, true);
    }

    private static <T> T value(Properties p, String key, T fallback, Function<String, T> parse, List<String> bad) {
        String s = p.getProperty(key);
        if (s == null) {
            return fallback;
        }
        try {
            return parse.apply(s.strip());
        } catch (RuntimeException e) {
            bad.add(key + "=" + s.strip());
            return fallback;
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
        return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    }

    private static boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(s);
        };
    }
}
