package dev.porthole.dockerfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Text shipped inside Porthole's jar (explanations, templates, snippets), read as UTF-8. */
public final class BundledText {

    private BundledText() {
    }

    /** The properties file at the class-path {@code path}; a missing one is a packaging bug. */
    public static Properties properties(String path) {
        Properties p = new Properties();
        try (InputStream in = open(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The whole text at the class-path {@code path}. */
    public static String read(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether something is shipped at {@code path}. */
    public static boolean exists(String path) {
        return BundledText.class.getResource(path) != null;
    }

    private static InputStream open(String path) {
        InputStream in = BundledText.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Porthole is missing its resource " + path);
        }
        return in;
    }
}
