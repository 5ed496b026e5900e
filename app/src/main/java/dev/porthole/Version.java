package dev.porthole;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Porthole's version, as the build wrote it into porthole-version.properties. */
public final class Version {

    private static final String RESOURCE = "/porthole-version.properties";

    private Version() {
    }

    /** The version, e.g. "0.1.0"; "unknown" when run from classes the build did not filter (an IDE's own build). */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
