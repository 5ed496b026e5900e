package dev.porthole.layers;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static dev.porthole.layers.TarHeaders.checksumMatches;
import static dev.porthole.layers.TarHeaders.cstringLength;
import static dev.porthole.layers.TarHeaders.isUstar;
import static dev.porthole.layers.TarHeaders.isZeroBlock;
import static dev.porthole.layers.TarHeaders.number;

/**
 * A streaming tar reader that reads headers and skips file data, by seeking when the stream can. Understands
 * ustar, GNU (long names, base-256 numbers, old sparse files) and PAX headers. The header's fields are read by
 * {@link TarHeaders} and {@link PaxHeader}, the bytes (buffer, skipping, entry data) come through {@link TarInput}.
 *
 * <p>Written for image archives rather than using commons-compress's reader: that one copies every skipped byte
 * through a scratch buffer and builds an object per entry, while layer analysis needs only the header fields and
 * reads tens of thousands of them.
 */
final class TarReader {

    static final int BLOCK = 512;

    /** Entry types, as {@link #type()} returns them. */
    static final byte FILE = 0;
    static final byte DIRECTORY = 1;
    static final byte SYMLINK = 2;
    static final byte HARDLINK = 3;
    static final byte CHAR_DEVICE = 4;
    static final byte BLOCK_DEVICE = 5;
    static final byte FIFO = 6;

    /** GNU long names and PAX headers larger than this are not names but damage. */
    private static final int MAX_META_BYTES = 1 << 20;

    private final TarInput input;
    private boolean ended;
    private final byte[] header = new byte[BLOCK];

    private byte[] name = new byte[256];
    private int nameLength;
    private String linkName;
    private byte type;
    private long size;
    private int mode;
    private int uid;
    private int gid;
    private long headerOffset;

    /**
     * A reader of {@code in}.
     *
     * @param seekable whether {@code in.skip} is cheap (a file, or a plain entry of one); for decompressing streams
     *                 skipping is done by reading, as their skip reads through a tiny buffer
     */
    TarReader(InputStream in, boolean seekable, int bufferSize) {
        this.input = new TarInput(in, seekable, bufferSize, this::currentEntry);
    }

    /**
     * Moves to the next entry, skipping what is left of the current one's data.
     *
     * @return false at the end of the archive
     * @throws TarFormatException when a header is not a tar header
     * @throws EOFException       when the archive ends inside an entry
     */
    boolean next() throws IOException {
        if (ended) {
            return false;
        }
        input.skipData();
        byte[] longName = null;
        byte[] longLink = null;
        PaxHeader pax = null;
        while (true) {
            headerOffset = input.offset();
            int n = input.read(header, 0, BLOCK);
            if (n == 0) {
                // no end-of-archive blocks: tolerated where a header would start, as Go's reader does
                ended = true;
                return false;
            }
            if (n < BLOCK) {
                throw new EOFException("it ends inside the tar header at byte " + headerOffset);
            }
            if (isZeroBlock(header)) {
                ended = true;
                return false;
            }
            if (!checksumMatches(header)) {
                throw new TarFormatException("there is no valid tar header at byte " + headerOffset
                        + " (checksum mismatch)");
            }
            byte flag = header[156];
            long fieldSize = number(header, 124, 12);
            if (fieldSize < 0) {
                throw new TarFormatException("the tar header at byte " + headerOffset + " has a negative size");
            }
            switch (flag) {
                case 'L' -> {
                    longName = readMeta(fieldSize);
                    continue;
                }
                case 'K' -> {
                    longLink = readMeta(fieldSize);
                    continue;
                }
                case 'x', 'X' -> {
                    pax = PaxHeader.parse(readMeta(fieldSize), pax, headerOffset);
                    continue;
                }
                case 'g', 'V' -> {
                    // global PAX defaults and volume labels carry nothing a layer listing needs
                    input.startData(fieldSize);
                    input.skipData();
                    continue;
                }
                default -> {
                }
            }
            readEntry(flag, fieldSize, longName, longLink, pax);
            return true;
        }
    }

    private void readEntry(byte flag, long fieldSize, byte[] longName, byte[] longLink, PaxHeader pax)
            throws IOException {
        if (pax != null && pax.path != null) {
            setName(pax.path, pax.path.length);
        } else if (longName != null) {
            setName(longName, cstringLength(longName, 0, longName.length));
        } else {
            nameLength = 0;
            if (isUstar(header)) {
                int prefixLength = cstringLength(header, 345, 155);
                if (prefixLength > 0) {
                    appendName(header, 345, prefixLength);
                    appendName(new byte[] {'/'}, 0, 1);
                }
            }
            appendName(header, 0, cstringLength(header, 0, 100));
        }
        if (pax != null && pax.linkPath != null) {
            linkName = pax.linkPath;
        } else if (longLink != null) {
            linkName = new String(longLink, 0, cstringLength(longLink, 0, longLink.length), StandardCharsets.UTF_8);
        } else {
            int l = cstringLength(header, 157, 100);
            linkName = l == 0 ? null : new String(header, 157, l, StandardCharsets.UTF_8);
        }
        mode = (int) (number(header, 100, 8) & 07777);
        uid = pax != null && pax.uid >= 0 ? (int) pax.uid : (int) number(header, 108, 8);
        gid = pax != null && pax.gid >= 0 ? (int) pax.gid : (int) number(header, 116, 8);
        long headerSize = pax != null && pax.size >= 0 ? pax.size : fieldSize;
        type = switch (flag) {
            case '1' -> HARDLINK;
            case '2' -> SYMLINK;
            case '3' -> CHAR_DEVICE;
            case '4' -> BLOCK_DEVICE;
            case '5', 'D' -> DIRECTORY;
            case '6' -> FIFO;
            case 0 -> nameLength > 0 && name[nameLength - 1] == '/' ? DIRECTORY : FILE;
            default -> FILE;
        };
        boolean headerOnly = type != FILE;
        size = headerSize;
        if (flag == 'S') {
            // old GNU sparse: the header's size is what is stored, the real size sits at 483
            size = number(header, 483, 12);
            boolean extended = header[482] != 0;
            while (extended) {
                byte[] more = new byte[BLOCK];
                if (input.read(more, 0, BLOCK) < BLOCK) {
                    throw new EOFException("it ends inside a sparse file header at byte " + input.offset());
                }
                extended = more[504] != 0;
            }
        }
        if (pax != null && pax.sparseRealSize >= 0) {
            size = pax.sparseRealSize;
        }
        // like Go's reader: link, device, folder and fifo entries have no data whatever the size field says
        input.startData(headerOnly ? 0 : headerSize);
    }

    private byte[] readMeta(long length) throws IOException {
        if (length > MAX_META_BYTES) {
            throw new TarFormatException("the tar header at byte " + headerOffset + " claims a " + length
                    + "-byte name or extended header");
        }
        byte[] data = new byte[(int) length];
        if (input.read(data, 0, data.length) < data.length) {
            throw new EOFException("it ends inside an extended tar header at byte " + headerOffset);
        }
        input.skipPadding(length);
        return data;
    }

    /** The entry's path as stored (bytes, usually UTF-8); valid until {@link #next()}. */
    byte[] nameBytes() {
        return name;
    }

    int nameLength() {
        return nameLength;
    }

    String name() {
        return new String(name, 0, nameLength, StandardCharsets.UTF_8);
    }

    /** The link target of a symlink or hard link, else null. */
    String linkName() {
        return type == SYMLINK || type == HARDLINK ? linkName : null;
    }

    /** One of {@link #FILE}, {@link #DIRECTORY}, {@link #SYMLINK}… */
    byte type() {
        return type;
    }

    /** The size the header states (a sparse file's real size), as dive sums it. */
    long size() {
        return size;
    }

    int mode() {
        return mode;
    }

    int uid() {
        return uid;
    }

    int gid() {
        return gid;
    }

    /** Archive offset of the current entry's header. */
    long headerOffset() {
        return headerOffset;
    }

    /** The current entry's data; reading past it returns -1. Valid until {@link #next()}. */
    InputStream entryStream() {
        return input.entryStream();
    }

    private String currentEntry() {
        return (nameLength > 0 ? name() : "the entry") + " (header at byte " + headerOffset + ")";
    }

    private void setName(byte[] bytes, int length) {
        nameLength = 0;
        appendName(bytes, 0, length);
    }

    private void appendName(byte[] bytes, int off, int length) {
        if (nameLength + length > name.length) {
            byte[] bigger = new byte[Math.max(name.length * 2, nameLength + length)];
            System.arraycopy(name, 0, bigger, 0, nameLength);
            name = bigger;
        }
        System.arraycopy(bytes, off, name, nameLength, length);
        nameLength += length;
    }

    /** A header that is not a tar header: the archive is damaged or not a tar at all. */
    static final class TarFormatException extends IOException {
        TarFormatException(String message) {
            super(message);
        }
    }
}
