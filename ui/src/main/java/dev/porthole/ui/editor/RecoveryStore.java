package dev.porthole.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recovery copies of unsaved editor text, one file per document in a folder of the per-user config folder, so
 * nothing typed is lost when the app is killed. The first line holds the document's file path (empty when
 * untitled); the rest is the text. Plain file I/O: call it off the FX thread.
 */
public final class RecoveryStore {

    private static final String SUFFIX = ".recovery";
    private static final String HEADER = "porthole-recovery ";

    /** A copy found on start. */
    public record Recovered(String id, Path file, String text) {
    }

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    /** The folder the copies live in. */
    public Path folder() {
        return folder;
    }

    /** Writes (or replaces) the copy of document {@code id}; written whole, then moved in place. */
    public void save(String id, Path file, String text) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(id + SUFFIX);
        Path temp = folder.resolve(id + SUFFIX + ".tmp");
        Files.writeString(temp, HEADER + (file == null ? "" : file.toAbsolutePath()) + "\n" + text,
                StandardCharsets.UTF_8);
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the copy of document {@code id}, if any. */
    public void delete(String id) throws IOException {
        Files.deleteIfExists(folder.resolve(id + SUFFIX));
    }

    /** Every copy in the folder, oldest first; unreadable ones are skipped. */
    public List<Recovered> load() throws IOException {
        List<Recovered> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            dir.forEach(files::add);
        }
        files.sort(Comparator.comparing(p -> p.toFile().lastModified()));
        for (Path p : files) {
            String all = Files.readString(p, StandardCharsets.UTF_8);
            int nl = all.indexOf('\n');
            if (!all.startsWith(HEADER) || nl < 0) {
                continue;
            }
            String path = all.substring(HEADER.length(), nl);
            String name = p.getFileName().toString();
            out.add(new Recovered(name.substring(0, name.length() - SUFFIX.length()),
                    path.isEmpty() ? null : Path.of(path), all.substring(nl + 1)));
        }
        return out;
    }
}
