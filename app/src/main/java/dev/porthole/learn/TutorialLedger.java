package dev.porthole.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ids of the images and containers the tutorial itself created, one {@code image ID} or {@code container ID}
 * line each in {@code learn-created.txt} in the config folder. Labels alone cannot tell: a container the user
 * starts from the tutorial's image, or an image built on top of it, inherits the image's labels. Clean-up touches
 * only objects that are both recorded here and labelled. Safe to use from any thread.
 */
public final class TutorialLedger {

    /** The file's name in the config folder. */
    public static final String FILE = "learn-created.txt";

    private final Path file;
    private final Set<String> images = new LinkedHashSet<>();
    private final Set<String> containers = new LinkedHashSet<>();

    /** The ledger in {@code configDir}, read now; a missing or unreadable file is an empty ledger. */
    public TutorialLedger(Path configDir) {
        this.file = configDir.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split("\\s+");
                    if (parts.length == 2 && parts[0].equals("image")) {
                        images.add(normal(parts[1]));
                    } else if (parts.length == 2 && parts[0].equals("container")) {
                        containers.add(normal(parts[1]));
                    }
                }
            }
        } catch (IOException e) {
            // nothing recorded can be trusted: clean-up then finds nothing to remove, which is the safe side
            images.clear();
            containers.clear();
        }
    }

    /** Records an image the tutorial built (full or short id, with or without {@code sha256:}). */
    public synchronized void recordImage(String id) {
        if (images.add(normal(id))) {
            append("image " + normal(id));
        }
    }

    /** Records a container the tutorial started. */
    public synchronized void recordContainer(String id) {
        if (containers.add(normal(id))) {
            append("container " + normal(id));
        }
    }

    /** Whether the tutorial built this image. */
    public synchronized boolean hasImage(String id) {
        return matches(images, normal(id));
    }

    /** Whether the tutorial started this container. */
    public synchronized boolean hasContainer(String id) {
        return matches(containers, normal(id));
    }

    /** The recorded image ids (for tests and diagnostics). */
    public synchronized List<String> images() {
        return List.copyOf(images);
    }

    private static boolean matches(Set<String> recorded, String id) {
        // the builder may report a 12-character id; the engine lists full ones
        return recorded.stream().anyMatch(r -> r.length() >= 12 && id.length() >= 12
                && (r.startsWith(id) || id.startsWith(r)));
    }

    private static String normal(String id) {
        String s = id.strip();
        return s.startsWith("sha256:") ? s.substring("sha256:".length()) : s;
    }

    private void append(String line) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not record what the tutorial created in " + file, e);
        }
    }
}
