package dev.porthole.layers;

/** What a tree node is, from its tar header; folders only implied by their contents are {@link #DIRECTORY}. */
public enum EntryType {
    FILE, DIRECTORY, SYMLINK, HARDLINK, CHAR_DEVICE, BLOCK_DEVICE, FIFO;

    /** The type of a {@link TarReader} entry kind. */
    static EntryType of(byte kind) {
        return switch (kind) {
            case TarReader.DIRECTORY -> DIRECTORY;
            case TarReader.SYMLINK -> SYMLINK;
            case TarReader.HARDLINK -> HARDLINK;
            case TarReader.CHAR_DEVICE -> CHAR_DEVICE;
            case TarReader.BLOCK_DEVICE -> BLOCK_DEVICE;
            case TarReader.FIFO -> FIFO;
            default -> FILE;
        };
    }
}
