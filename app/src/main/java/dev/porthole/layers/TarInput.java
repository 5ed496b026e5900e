package dev.porthole.layers;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import static dev.porthole.layers.TarReader.BLOCK;

/**
 * The archive's bytes under {@link TarReader}: one buffer over the stream that counts the archive offset, skips
 * by seeking when the stream can, and serves the current entry's data (then its padding to the next block).
 */
final class TarInput {

    private final InputStream in;
    private final boolean seekable;
    private final byte[] buf;
    /** Names the current entry in messages about an archive that ends inside it. */
    private final Supplier<String> currentEntry;
    private int pos;
    private int lim;
    /** Archive offset of buf[pos]: bytes read or skipped so far. */
    private long offset;

    private long dataRemaining;
    private long padding;
    private final EntryStream entryStream = new EntryStream();

    /**
     * @param seekable whether {@code in.skip} is cheap (a file, or a plain entry of one); for decompressing streams
     *                 skipping is done by reading, as their skip reads through a tiny buffer
     */
    TarInput(InputStream in, boolean seekable, int bufferSize, Supplier<String> currentEntry) {
        this.in = in;
        this.seekable = seekable;
        this.buf = new byte[bufferSize];
        this.currentEntry = currentEntry;
    }

    /** The archive offset of the next byte. */
    long offset() {
        return offset;
    }

    /** Starts an entry's data of {@code length} bytes, padded to a whole block. */
    void startData(long length) {
        dataRemaining = length;
        padding = padding(length);
    }

    /** Skips what is left of the current entry's data and its padding. */
    void skipData() throws IOException {
        skip(dataRemaining + padding, true);
        dataRemaining = 0;
        padding = 0;
    }

    /** Skips the padding after {@code length} bytes of header data read with {@link #read}. */
    void skipPadding(long length) throws IOException {
        skip(padding(length), true);
    }

    /** The current entry's data; reading past it returns -1. */
    InputStream entryStream() {
        return entryStream;
    }

    private static long padding(long length) {
        return (BLOCK - (length % BLOCK)) % BLOCK;
    }

    /** Reads up to {@code len} bytes, fewer only at the end of the stream. */
    int read(byte[] dst, int off, int len) throws IOException {
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
                        throw new EOFException("it ends inside " + currentEntry.get());
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
                    throw new EOFException("it ends inside " + currentEntry.get());
                }
            } else {
                if (!fill()) {
                    throw new EOFException("it ends inside " + currentEntry.get());
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
            long s = TarInput.this.skip(Math.min(n, dataRemaining), true);
            dataRemaining -= s;
            return s;
        }

        @Override
        public int available() {
            return (int) Math.min(dataRemaining, lim - pos);
        }
    }
}
