package dev.porthole.files;

import dev.porthole.model.FileEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the tar streams of the engine's archive API: headers only for listings (file contents are skipped as they
 * stream past, nothing is extracted), a capped start for previews, one file's bytes for downloads.
 */
public final class ArchiveReading {

    /** Folders first, then by name. */
    public static final Comparator<FileEntry> LISTING_ORDER = Comparator
            .comparing((FileEntry e) -> !e.isFolder()).thenComparing(FileEntry::name);

    private ArchiveReading() {
    }

    /**
     * The direct children of the folder archived in {@code tar}, whose first entry is the folder itself (named
     * "bin/", "./" or "/" depending on how it was asked for); {@code folder} is its path in the container.
     */
    public static List<FileEntry> children(InputStream tar, String folder) throws IOException {
        List<FileEntry> children = new ArrayList<>();
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        TarArchiveEntry first = in.getNextEntry();
        if (first == null) {
            return children;
        }
        String base = first.getName().endsWith("/") ? first.getName() : first.getName() + "/";
        for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            String name = e.getName();
            if (!name.startsWith(base)) {
                continue;
            }
            String relative = ContainerPaths.trimTrailingSlash(name.substring(base.length()));
            // deeper entries stream past unread: the engine sends the whole tree, we keep one level
            if (!relative.isEmpty() && relative.indexOf('/') < 0) {
                children.add(toEntry(e, relative, ContainerPaths.child(folder, relative)));
            }
        }
        children.sort(LISTING_ORDER);
        return children;
    }

    /** The first entry of {@code tar} (the archived path itself), or null when the archive is empty. */
    public static FileEntry first(InputStream tar, String path) throws IOException {
        TarArchiveEntry e = new TarArchiveInputStream(tar).getNextEntry();
        return e == null ? null : toEntry(e, ContainerPaths.name(path), path);
    }

    /** Up to {@code cap} bytes of the archived file, as text when they decode as UTF-8 without control bytes. */
    public static FilePreview preview(InputStream tar, int cap) throws IOException {
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        TarArchiveEntry e = in.getNextEntry();
        if (e == null) {
            return new FilePreview("", 0, false, false, null);
        }
        if (e.isSymbolicLink()) {
            return new FilePreview(null, 0, false, false, e.getLinkName());
        }
        if (e.isDirectory()) {
            throw new IOException("it is a folder");
        }
        byte[] bytes = in.readNBytes(cap);
        boolean truncated = e.getSize() > bytes.length;
        String text = truncated ? decode(bytes, true) : decode(bytes, false);
        return text == null ? new FilePreview(null, e.getSize(), truncated, true, null)
                : new FilePreview(text, e.getSize(), truncated, false, null);
    }

    /** Writes the one file archived in {@code tar} to {@code target} (through a temporary file beside it). */
    public static long saveFile(InputStream tar, Path target) throws IOException {
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        TarArchiveEntry e = in.getNextEntry();
        // isFile() is also true of links and devices in commons-compress: ask for a plain file explicitly
        if (e == null || e.isDirectory() || e.isSymbolicLink() || e.isLink() || e.isCharacterDevice()
                || e.isBlockDevice() || e.isFIFO()) {
            throw new IOException("the archive holds no regular file");
        }
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".porthole-", ".part");
        try {
            long copied = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            return copied;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies the tar stream as is (a folder download); returns the bytes written. */
    public static long saveTar(InputStream tar, OutputStream out) throws IOException {
        return tar.transferTo(out);
    }

    /**
     * The bytes as text, or null when they look binary: a NUL or other control byte (bar tab, newlines, form feed,
     * escape), or invalid UTF-8. {@code cut} allows a character split at the end.
     */
    static String decode(byte[] bytes, boolean cut) {
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
                return null;
            }
        }
        int length = bytes.length;
        if (cut) {
            // drop a trailing partial UTF-8 sequence (at most 3 bytes)
            int back = 0;
            while (back < 3 && length - back - 1 >= 0 && (bytes[length - back - 1] & 0xc0) == 0x80) {
                back++;
            }
            if (length - back - 1 >= 0 && (bytes[length - back - 1] & 0xc0) == 0xc0) {
                length = length - back - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static FileEntry toEntry(TarArchiveEntry e, String name, String path) {
        FileEntry.Kind kind = e.isDirectory() ? FileEntry.Kind.FOLDER
                : e.isSymbolicLink() ? FileEntry.Kind.SYMLINK
                : e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO() ? FileEntry.Kind.OTHER
                : FileEntry.Kind.FILE;
        return new FileEntry(name, path, kind, kind == FileEntry.Kind.FILE ? e.getSize() : 0, e.getMode() & 07777,
                e.getModTime() == null ? null : e.getModTime().toInstant(),
                e.isSymbolicLink() || e.isLink() ? e.getLinkName() : null);
    }
}
