package dev.porthole.layers;

import java.nio.charset.StandardCharsets;

/**
 * The fields of PAX extended headers that matter for a layer listing; -1 / null when absent. Records of later
 * headers before the same entry add to (and override) earlier ones.
 */
final class PaxHeader {

    byte[] path;
    String linkPath;
    long size = -1;
    long uid = -1;
    long gid = -1;
    long sparseRealSize = -1;

    /**
     * Adds the records of {@code data}, a PAX header at archive offset {@code at}, to {@code previous} (or a new
     * one when null); returns it.
     */
    static PaxHeader parse(byte[] data, PaxHeader previous, long at) throws TarReader.TarFormatException {
        PaxHeader pax = previous != null ? previous : new PaxHeader();
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
                throw new TarReader.TarFormatException("the PAX header at byte " + at + " is malformed");
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

    private static long decimal(byte[] b, int off, int len, long at) throws TarReader.TarFormatException {
        try {
            return Long.parseLong(new String(b, off, len, StandardCharsets.US_ASCII).trim());
        } catch (NumberFormatException e) {
            throw new TarReader.TarFormatException("the PAX header at byte " + at + " has a malformed number");
        }
    }
}
