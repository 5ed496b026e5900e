package dev.porthole.layers;

import static dev.porthole.layers.TarReader.BLOCK;

/** The fields of a 512-byte tar header block: numbers, strings, checksum and magic. Pure functions. */
final class TarHeaders {

    private TarHeaders() {
    }

    /** Whether the header's checksum field matches its bytes, summed unsigned or (as old tars did) signed. */
    static boolean checksumMatches(byte[] header) {
        long stored = number(header, 148, 8);
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            byte b = i >= 148 && i < 156 ? (byte) ' ' : header[i];
            unsigned += b & 0xff;
            signed += b;
        }
        return stored == unsigned || stored == signed;
    }

    /** Whether the header carries the POSIX "ustar\0" magic, and so a name prefix. */
    static boolean isUstar(byte[] header) {
        return header[257] == 'u' && header[258] == 's' && header[259] == 't' && header[260] == 'a'
                && header[261] == 'r' && header[262] == 0;
    }

    /** Whether {@code block} is all zeros: the end-of-archive marker. */
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

    /** The length of a NUL-terminated string field of at most {@code max} bytes. */
    static int cstringLength(byte[] b, int off, int max) {
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
}
