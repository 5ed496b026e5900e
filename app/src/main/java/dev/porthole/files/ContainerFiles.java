package dev.porthole.files;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.model.FileEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A container's file system through the engine's archive API. Every method blocks on the engine: never call it on
 * the FX thread. Each archive stream is read once and closed here.
 */
public final class ContainerFiles {

    /** Shells offered for an exec session, most capable first. */
    public static final List<String> SHELLS = List.of("/bin/bash", "/bin/zsh", "/bin/ash", "/bin/sh");

    private ContainerFiles() {
    }

    /** The direct children of {@code folder}, folders first. Links to folders are followed. */
    public static List<FileEntry> list(Engine engine, String containerId, String folder) {
        // a trailing slash makes the engine follow a link (/bin → usr/bin) instead of sending the link itself
        String asked = folder.equals("/") ? "/" : ContainerPaths.trimTrailingSlash(folder) + "/";
        try (InputStream tar = engine.archive(containerId, asked)) {
            return ArchiveReading.children(tar, folder);
        } catch (IOException e) {
            throw unreadable("list " + folder, e);
        }
    }

    /** The path's own entry (what it is, its size, where a link points), or null when it does not exist. */
    public static FileEntry stat(Engine engine, String containerId, String path) {
        try (InputStream tar = engine.archive(containerId, path)) {
            return ArchiveReading.first(tar, path);
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return null;
            }
            throw e;
        } catch (IOException e) {
            throw unreadable("read " + path, e);
        }
    }

    /** At most {@code cap} bytes of a file, as text unless binary. */
    public static FilePreview preview(Engine engine, String containerId, String path, int cap) {
        try (InputStream tar = engine.archive(containerId, path)) {
            return ArchiveReading.preview(tar, cap);
        } catch (IOException e) {
            throw unreadable("read " + path, e);
        }
    }

    /** Saves a file as itself at {@code target}; returns its size. */
    public static long downloadFile(Engine engine, String containerId, String path, Path target) {
        try (InputStream tar = engine.archive(containerId, path)) {
            return ArchiveReading.saveFile(tar, target);
        } catch (IOException e) {
            throw unreadable("download " + path, e);
        }
    }

    /** Saves a folder as the engine's tar of it at {@code target} (not extracted); returns the bytes written. */
    public static long downloadFolderTar(Engine engine, String containerId, String folder, Path target) {
        try (InputStream tar = engine.archive(containerId, folder);
             OutputStream out = Files.newOutputStream(target)) {
            return ArchiveReading.saveTar(tar, out);
        } catch (IOException e) {
            throw unreadable("download " + folder, e);
        }
    }

    /** Which of {@link #SHELLS} the container has (as a file or a link); asks the engine once per shell. */
    public static List<String> shells(Engine engine, String containerId) {
        List<String> found = new ArrayList<>();
        for (String shell : SHELLS) {
            FileEntry e = stat(engine, containerId, shell);
            if (e != null && e.kind() != FileEntry.Kind.FOLDER) {
                found.add(shell);
            }
        }
        return found;
    }

    private static UncheckedIOException unreadable(String what, IOException e) {
        return new UncheckedIOException("Cannot " + what + ": " + e.getMessage(), e);
    }
}
