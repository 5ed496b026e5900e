package dev.porthole.model;

import java.time.Instant;

/**
 * One entry of a folder in a container's file system, read from the tar header the archive API sends.
 *
 * @param name       the entry's name in its folder
 * @param path       its absolute path in the container
 * @param kind       what it is
 * @param size       size in bytes (0 for folders and links)
 * @param mode       permission bits as octal digits' value (e.g. 0755)
 * @param modified   last modification time, or null
 * @param linkTarget where a link points, or null
 */
public record FileEntry(String name, String path, Kind kind, long size, int mode, Instant modified,
                        String linkTarget) {

    /** The kinds of entries a folder listing tells apart. */
    public enum Kind { FOLDER, FILE, SYMLINK, OTHER }

    /** Whether opening it means listing it. */
    public boolean isFolder() {
        return kind == Kind.FOLDER;
    }
}
