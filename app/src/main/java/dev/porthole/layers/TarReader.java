package dev.porthole.layers;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A streaming tar reader that reads headers and skips file data, by seeking when the stream can. Understands
 * ustar, GNU (long names, base-256 numbers, old sparse files) and PAX headers.
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

    private final InputStream in;
    private final boolean seekable;
    private final byte[] buf;
    private int pos;
    private int lim;
    /** Archive offset of buf[pos]: bytes read or skipped so far. */
    private long offset;
    private boolean ended;

    private long dataRemaining;
    private long padding;
    private final byte[] header = new byte[BLOCK];
    private final EntryStream entryStream = new EntryStream();

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
        this.in = in;
        this.seekable = seekable;
        this.buf = new byte[bufferSize];
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
        skip(dataRemaining + padding, true);
        dataRemaining = 0;
        padding = 0;
        byte[] longName = null;
        byte[] longLink = null;
        Pax pax = null;
        while (true) {
            headerOffset = offset;
            int n = read(header, 0, BLOCK);
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
            verifyChecksum();
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
                    pax = Pax.parse(readMeta(fieldSize), pax, headerOffset);
                    continue;
                }
                case 'g', 'V' -> {
                    // global PAX defaults and volume labels carry nothing a layer listing needs
                    startData(fieldSize);
                    skip(dataRemaining + padding, true);
                    dataRemaining = 0;
                    padding = 0;
                    continue;
                }
                default -> {
                }
            }
            readEntry(flag, fieldSize, longName, longLink, pax);
            return true;
        }
    }

    private void readEntry(byte flag, long fieldSize, byte[] longName, byte[] longLink, Pax pax) throws IOException {
        if (pax != null && pax.path != null) {
            setName(pax.path, pax.path.length);
        } else if (longName != null) {
            setName(longName, cstringLength(longName, 0, longName.length));
        } else {
            nameLength = 0;
            boolean ustar = header[257] == 'u' && header[258] == 's' && header[259] == 't' && header[260] == 'a'
                    && header[261] == 'r' && header[262] == 0;
            if (ustar) {
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
                if (read(more, 0, BLOCK) < BLOCK) {
                    throw new EOFException("it ends inside a sparse file header at byte " + offset);
                }
                extended = more[504] != 0;
            }
        }
        if (pax != null && pax.sparseRealSize >= 0) {
            size = pax.sparseRealSize;
        }
        // like Go's reader: link, device, folder and fifo entries have no data whatever the size field says
        startData(headerOnly ? 0 : headerSize);
    }

    private void startData(long length) {
        dataRemaining = length;
        padding = (BLOCK - (length % BLOCK)) % BLOCK;
    }

    private byte[] readMeta(long length) throws IOException {
        if (length > MAX_META_BYTES) {
            throw new TarFormatException("the tar header at byte " + headerOffset + " claims a " + length
                    + "-byte name or extended header");
        }
        startData(length);
        byte[] data = new byte[(int) length];
        if (read(data, 0, data.length) < data.length) {
            throw new EOFException("it ends inside an extended tar header at byte " + headerOffset);
        }
        dataRemaining = 0;
        skip(padding, true);
        padding = 0;
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
        return entryStream;
    }

    // ---- buffer and stream handling ----

    /** Reads up to {@code len} bytes, fewer only at the end of the stream. */
    private int read(byte[] dst, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            if (pos == lim && !fill()) {
                break;
            }
            int k = Math.min(len - done, lim - pos);
            System.arraycopy(buf, pos, dst, off + done, k);
            pos += k;
            offset += k;
            done += k;
        }
        return done;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            pos = 0;
            lim = 0;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /** Skips {@code n} bytes; at the end of the stream fails when {@code mustExist}, else returns what was skipped. */
    private long skip(long n, boolean mustExist) throws IOException {
        long left = n;
        int k = (int) Math.min(left, lim - pos);
        pos += k;
        offset += k;
        left -= k;
        while (left > 0) {
            long s = 0;
            if (seekable && left > buf.length) {
                s = in.skip(left);
            }
            if (s <= 0) {
                // a stream that cannot skip (or is at its end): read through the buffer
                if (!fill()) {
                    if (mustExist) {
                        throw new EOFException("it ends inside " + currentEntry());
                    }
                    break;
                }
                s = Math.min(left, lim);
                pos = (int) s;
            }
            offset += s;
            left -= s;
        }
        return n - left;
    }

    private String currentEntry() {
        return (nameLength > 0 ? name() : "the entry") + " (header at byte " + headerOffset + ")";
    }

    private void verifyChecksum() throws TarFormatException {
        long stored = number(header, 148, 8);
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            byte b = i >= 148 && i < 156 ? (byte) ' ' : header[i];
            unsigned += b & 0xff;
            signed += b;
        }
        if (stored != unsigned && stored != signed) {
            throw new TarFormatException("there is no valid tar header at byte " + headerOffset
                    + " (checksum mismatch)");
        }
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

    static boolean isZeroBlock(byte[] block) {
        for (int i = 0; i < BLOCK; i++) {
            if (block[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code block} (at least 512 bytes) is a tar header with a valid checksum, or an empty archive. */
    static boolean looksLikeTar(byte[] block, int length) {
        if (length < BLOCK) {
            return false;
        }
        if (isZeroBlock(block)) {
            return true;
        }
        long stored = number(block, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : block[i] & 0xff;
        }
        return stored == sum && stored > 0;
    }

    private static int cstringLength(byte[] b, int off, int max) {
        int i = 0;
        while (i < max && b[off + i] != 0) {
            i++;
        }
        return i;
    }

    /** An octal (or GNU base-256) number field; -1 when it is not a number. */
    static long number(byte[] b, int off, int len) {
        if ((b[off] & 0x80) != 0) {
            // base-256: big-endian two's complement, high bit of the first byte is the marker
            long v = b[off] & 0x7f;
            if ((b[off] & 0x40) != 0) {
                v |= ~0x7fL; // negative
            }
            for (int i = 1; i < len; i++) {
                v = (v << 8) | (b[off + i] & 0xff);
            }
            return v;
        }
        int i = off;
        int end = off + len;
        while (i < end && (b[i] == ' ' || b[i] == 0)) {
            i++;
        }
        long v = 0;
        boolean any = false;
        while (i < end && b[i] >= '0' && b[i] <= '7') {
            v = (v << 3) + (b[i] - '0');
            i++;
            any = true;
        }
        while (i < end) {
            if (b[i] != ' ' && b[i] != 0) {
                return -1;
            }
            i++;
        }
        return any ? v : 0;
    }

    /** The data of the current entry; skipping seeks in the underlying stream when it can. */
    private final class EntryStream extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
        }

        @Override
        public int read(byte[] dst, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (dataRemaining <= 0) {
                return -1;
            }
            int want = (int) Math.min(len, dataRemaining);
            int n;
            if (pos < lim) {
                n = Math.min(want, lim - pos);
                System.arraycopy(buf, pos, dst, off, n);
                pos += n;
            } else if (want >= buf.length) {
                // large reads bypass the buffer
                n = in.read(dst, off, want);
                if (n < 0) {
                    throw new EOFException("it ends inside " + currentEntry());
                }
            } else {
                if (!fill()) {
                    throw new EOFException("it ends inside " + currentEntry());
                }
                n = Math.min(want, lim);
                System.arraycopy(buf, 0, dst, off, n);
                pos = n;
            }
            offset += n;
            dataRemaining -= n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            if (n <= 0 || dataRemaining <= 0) {
                return 0;
            }
            long s = TarReader.this.skip(Math.min(n, dataRemaining), true);
            dataRemaining -= s;
            return s;
        }

        @Override
        public int available() {
            return (int) Math.min(dataRemaining, lim - pos);
        }
    }

    /** The fields of PAX extended headers that matter here; -1 / null when absent. */
    private static final class Pax {
        byte[] path;
        String linkPath;
        long size = -1;
        long uid = -1;
        long gid = -1;
        long sparseRealSize = -1;

        static Pax parse(byte[] data, Pax previous, long at) throws TarFormatException {
            Pax pax = previous != null ? previous : new Pax();
            int i = 0;
            while (i < data.length) {
                if (data[i] == 0) {
                    break;
                }
                int space = i;
                long length = 0;
                while (space < data.length && data[space] >= '0' && data[space] <= '9') {
                    length = length * 10 + (data[space] - '0');
                    space++;
                }
                if (space >= data.length || data[space] != ' ' || length <= 0 || i + length > data.length) {
                    throw new TarFormatException("the PAX header at byte " + at + " is malformed");
                }
                int end = (int) (i + length) - 1; // the record's closing newline
                int eq = space + 1;
                while (eq < end && data[eq] != '=') {
                    eq++;
                }
                String key = new String(data, space + 1, eq - space - 1, StandardCharsets.UTF_8);
                int valueStart = eq + 1;
                int valueLength = Math.max(0, end - valueStart);
                switch (key) {
                    case "path", "GNU.sparse.name" -> {
                        pax.path = new byte[valueLength];
                        System.arraycopy(data, valueStart, pax.path, 0, valueLength);
                    }
                    case "linkpath" -> pax.linkPath = new String(data, valueStart, valueLength, StandardCharsets.UTF_8);
                    case "size" -> pax.size = decimal(data, valueStart, valueLength, at);
                    case "uid" -> pax.uid = decimal(data, valueStart, valueLength, at);
                    case "gid" -> pax.gid = decimal(data, valueStart, valueLength, at);
                    case "GNU.sparse.realsize", "GNU.sparse.size" ->
                            pax.sparseRealSize = decimal(data, valueStart, valueLength, at);
                    default -> {
                    }
                }
                i += (int) length;
            }
            return pax;
        }

        private static long decimal(byte[] b, int off, int len, long at) throws TarFormatException {
            try {
                return Long.parseLong(new String(b, off, len, StandardCharsets.US_ASCII).trim());
            } catch (NumberFormatException e) {
                throw new TarFormatException("the PAX header at byte " + at + " has a malformed number");
            }
        }
    }

    /** A header that is not a tar header: the archive is damaged or not a tar at all. */
    static final class TarFormatException extends IOException {
        TarFormatException(String message) {
            super(message);
        }
    }
}
