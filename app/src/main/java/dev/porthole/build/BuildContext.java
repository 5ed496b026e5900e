package dev.porthole.build;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A build context: the files of a folder that {@code .dockerignore} lets through (the Dockerfile and the ignore
 * file always go, as the builder needs them). Scanning reads names and sizes only; {@link #writeTar} streams the
 * files' content, so the context is never held in memory whole.
 */
public final class BuildContext {

    /** One file, folder or link of the context, by its {@code /}-separated path relative to the folder. */
    public record Entry(String path, Path file, long size, Kind kind) {
        public enum Kind { FILE, FOLDER, LINK }
    }

    private final Path folder;
    private final String dockerfile;
    private final List<Entry> entries;
    private final long size;

    private BuildContext(Path folder, String dockerfile, List<Entry> entries) {
        this.folder = folder;
        this.dockerfile = dockerfile;
        this.entries = List.copyOf(entries);
        this.size = entries.stream().mapToLong(Entry::size).sum();
    }

    /**
     * Scans {@code folder} for the files to send, honouring its {@code .dockerignore}.
     *
     * @param dockerfile the Dockerfile's path relative to the folder ({@code Dockerfile} usually)
     */
    public static BuildContext scan(Path folder, String dockerfile) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException(root + " is not a folder");
        }
        Path ignoreFile = root.resolve(".dockerignore");
        DockerIgnore ignore = Files.isRegularFile(ignoreFile)
                ? DockerIgnore.parse(Files.readString(ignoreFile, StandardCharsets.UTF_8)) : DockerIgnore.none();
        String dockerfilePath = dockerfile.replace('\\', '/');
        Set<String> always = Set.of(dockerfilePath, ".dockerignore");
        List<Entry> entries = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = relative(root, dir);
                if (ignore.canSkipFolder(rel)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!ignore.isIgnored(rel)) {
                    entries.add(new Entry(rel, dir, 0, Entry.Kind.FOLDER));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = relative(root, file);
                if (always.contains(rel) || !ignore.isIgnored(rel)) {
                    Entry.Kind kind = attrs.isSymbolicLink() ? Entry.Kind.LINK : Entry.Kind.FILE;
                    entries.add(new Entry(rel, file, kind == Entry.Kind.FILE ? attrs.size() : 0, kind));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw new IOException("Cannot read " + file + " for the build context: " + e.getMessage(), e);
            }
        });
        return new BuildContext(root, dockerfilePath, entries);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** The context folder. */
    public Path folder() {
        return folder;
    }

    /** The Dockerfile's path inside the context. */
    public String dockerfile() {
        return dockerfile;
    }

    /** What is sent, in walk order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Bytes of file content sent (before tar headers). */
    public long size() {
        return size;
    }

    /** How many files (not folders) are sent. */
    public long fileCount() {
        return entries.stream().filter(e -> e.kind() != Entry.Kind.FOLDER).count();
    }

    /** Writes the context as a tar to {@code out}, file by file; closes the tar stream (and so {@code out}). */
    public void writeTar(OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Entry e : entries) {
                switch (e.kind()) {
                    case FOLDER -> {
                        TarArchiveEntry dir = new TarArchiveEntry(e.path() + "/");
                        dir.setMode(040000 | mode(e.file(), 0755));
                        tar.putArchiveEntry(dir);
                        tar.closeArchiveEntry();
                    }
                    case LINK -> {
                        TarArchiveEntry link = new TarArchiveEntry(e.path(), TarConstants.LF_SYMLINK);
                        link.setLinkName(Files.readSymbolicLink(e.file()).toString().replace('\\', '/'));
                        link.setMode(0120777);
                        tar.putArchiveEntry(link);
                        tar.closeArchiveEntry();
                    }
                    case FILE -> {
                        TarArchiveEntry file = new TarArchiveEntry(e.path());
                        file.setSize(Files.size(e.file()));
                        file.setMode(0100000 | mode(e.file(), 0644));
                        tar.putArchiveEntry(file);
                        Files.copy(e.file(), tar);
                        tar.closeArchiveEntry();
                    }
                }
            }
            tar.finish();
        }
    }

    /** The file's permission bits where the file system has them, else {@code fallback}. */
    private static int mode(Path file, int fallback) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            int mode = 0;
            for (PosixFilePermission p : perms) {
                mode |= 1 << (8 - p.ordinal());
            }
            return mode;
        } catch (UnsupportedOperationException | IOException e) {
            return fallback;
        }
    }
}
