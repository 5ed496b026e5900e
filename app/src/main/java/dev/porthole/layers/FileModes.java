package dev.porthole.layers;

/** File type and permission bits as {@code ls -l} shows them. */
public final class FileModes {

    private FileModes() {
    }

    /** "drwxr-xr-x", "-rwsr-xr-x", "lrwxrwxrwx"…; a mode of -1 (unknown) gives "?" for each permission. */
    public static String format(EntryType type, int mode) {
        char kind = switch (type) {
            case DIRECTORY -> 'd';
            case SYMLINK -> 'l';
            case CHAR_DEVICE -> 'c';
            case BLOCK_DEVICE -> 'b';
            case FIFO -> 'p';
            case FILE, HARDLINK -> '-';
        };
        if (mode < 0) {
            return kind + "?????????";
        }
        StringBuilder s = new StringBuilder(10).append(kind);
        s.append((mode & 0400) != 0 ? 'r' : '-').append((mode & 0200) != 0 ? 'w' : '-');
        s.append(execute(mode & 0100, mode & 04000, 's'));
        s.append((mode & 040) != 0 ? 'r' : '-').append((mode & 020) != 0 ? 'w' : '-');
        s.append(execute(mode & 010, mode & 02000, 's'));
        s.append((mode & 04) != 0 ? 'r' : '-').append((mode & 02) != 0 ? 'w' : '-');
        s.append(execute(mode & 01, mode & 01000, 't'));
        return s.toString();
    }

    private static char execute(int executable, int special, char specialChar) {
        if (special != 0) {
            return executable != 0 ? specialChar : Character.toUpperCase(specialChar);
        }
        return executable != 0 ? 'x' : '-';
    }
}
