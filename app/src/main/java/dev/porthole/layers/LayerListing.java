package dev.porthole.layers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One layer tar's entries in tar order, as parallel primitive arrays: path id, kind, size, mode, owner. No file
 * contents, no String per entry (link targets only, kept sparse). Whiteouts are stored with the path they remove,
 * opaque markers with their folder.
 */
final class LayerListing {

    /** Kinds beyond {@link TarReader}'s entry types. */
    static final byte WHITEOUT = 7;
    static final byte OPAQUE = 8;

    private static final byte[] WHITEOUT_PREFIX = {'.', 'w', 'h', '.'};
    private static final byte[] OPAQUE_NAME = ".wh..wh..opq".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AUFS_PREFIX = ".wh..wh.".getBytes(StandardCharsets.US_ASCII);

    final int count;
    final int[] path;
    final byte[] kind;
    final long[] size;
    final char[] mode;
    /** Index into {@link #owners}: most entries share root:root, so 4 bytes an entry instead of a uid and gid. */
    final int[] owner;
    /** uid, gid pairs. */
    final int[] owners;
    /** Entry indexes that have a link target, ascending, and the targets. */
    final int[] linkEntries;
    final String[] linkTargets;
    /** The sum of the tar header sizes of all entries (dive's layer size). */
    final long sizeBytes;

    private LayerListing(Builder b) {
        count = b.count;
        path = Arrays.copyOf(b.path, count);
        kind = Arrays.copyOf(b.kind, count);
        size = Arrays.copyOf(b.size, count);
        mode = Arrays.copyOf(b.mode, count);
        owner = Arrays.copyOf(b.owner, count);
        owners = Arrays.copyOf(b.owners, b.ownerCount * 2);
        linkEntries = Arrays.copyOf(b.linkEntries, b.linkCount);
        linkTargets = Arrays.copyOf(b.linkTargets, b.linkCount);
        sizeBytes = b.sizeBytes;
    }

    int uid(int entry) {
        return owners[owner[entry] * 2];
    }

    int gid(int entry) {
        return owners[owner[entry] * 2 + 1];
    }

    /** The link target of a symlink or hard link entry, else null. */
    String linkTarget(int entry) {
        int i = Arrays.binarySearch(linkEntries, entry);
        return i >= 0 ? linkTargets[i] : null;
    }

    /** Collects a layer tar's entries as they stream by. */
    static final class Builder {
        private final PathInterner paths;
        private int count;
        private int[] path = new int[256];
        private byte[] kind = new byte[256];
        private long[] size = new long[256];
        private char[] mode = new char[256];
        private int[] owner = new int[256];
        private int[] owners = new int[8];
        private int ownerCount;
        private int lastOwner = -1;
        private final Map<Long, Integer> ownerIds = new HashMap<>();
        private int[] linkEntries = new int[16];
        private String[] linkTargets = new String[16];
        private int linkCount;
        /** Link targets repeat (every busybox applet points at "busybox"): one String each. */
        private final Map<String, String> linkStrings = new HashMap<>();
        private long sizeBytes;

        Builder(PathInterner paths) {
            this.paths = paths;
        }

        /** Adds the reader's current entry. */
        void add(TarReader tar) {
            byte[] name = tar.nameBytes();
            int length = tar.nameLength();
            if (hasDotDot(name, length)) {
                // rare enough to take the slow way: clean the path as Go's path.Clean does, then split that
                byte[] clean = clean(tar.name()).getBytes(StandardCharsets.UTF_8);
                add(tar, clean, clean.length);
            } else {
                add(tar, name, length);
            }
        }

        private void add(TarReader tar, byte[] name, int length) {
            // split into elements, skipping empty ones and "."; keep the last one apart
            int parentId = PathTable.ROOT;
            int lastStart = -1;
            int lastLength = 0;
            int i = 0;
            while (i < length) {
                int start = i;
                while (i < length && name[i] != '/') {
                    i++;
                }
                int elementLength = i - start;
                i++;
                if (elementLength == 0 || elementLength == 1 && name[start] == '.') {
                    continue;
                }
                if (lastStart >= 0) {
                    parentId = paths.intern(parentId, name, lastStart, lastLength);
                }
                lastStart = start;
                lastLength = elementLength;
            }
            if (lastStart < 0) {
                return; // "." or "./": the root itself, which dive skips entirely
            }
            sizeBytes += tar.size();
            byte entryKind = tar.type();
            int pathId;
            if (startsWith(name, lastStart, lastLength, WHITEOUT_PREFIX)) {
                if (startsWith(name, lastStart, lastLength, AUFS_PREFIX)) {
                    if (lastLength != OPAQUE_NAME.length
                            || !startsWith(name, lastStart, lastLength, OPAQUE_NAME)) {
                        return; // AUFS bookkeeping (.wh..wh..plnk…): counted in the size, not a file
                    }
                    entryKind = OPAQUE;
                    pathId = parentId;
                } else {
                    entryKind = WHITEOUT;
                    pathId = paths.intern(parentId, name, lastStart + WHITEOUT_PREFIX.length,
                            lastLength - WHITEOUT_PREFIX.length);
                }
            } else {
                pathId = paths.intern(parentId, name, lastStart, lastLength);
            }
            append(pathId, entryKind, tar);
        }

        private static boolean hasDotDot(byte[] name, int length) {
            for (int i = 0; i + 1 < length; i++) {
                if (name[i] == '.' && name[i + 1] == '.' && (i == 0 || name[i - 1] == '/')
                        && (i + 2 == length || name[i + 2] == '/')) {
                    return true;
                }
            }
            return false;
        }

        /** Resolves "." and ".." elements; ".." never climbs above the root. */
        static String clean(String path) {
            java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
            for (String part : path.split("/")) {
                if (part.isEmpty() || part.equals(".")) {
                    continue;
                }
                if (part.equals("..")) {
                    parts.pollLast();
                } else {
                    parts.addLast(part);
                }
            }
            return String.join("/", parts);
        }

        private void append(int pathId, byte entryKind, TarReader tar) {
            if (count == path.length) {
                int grown = count * 2;
                path = Arrays.copyOf(path, grown);
                kind = Arrays.copyOf(kind, grown);
                size = Arrays.copyOf(size, grown);
                mode = Arrays.copyOf(mode, grown);
                owner = Arrays.copyOf(owner, grown);
            }
            path[count] = pathId;
            kind[count] = entryKind;
            size[count] = tar.size();
            mode[count] = (char) tar.mode();
            owner[count] = ownerIndex(tar.uid(), tar.gid());
            String link = tar.linkName();
            if (link != null) {
                if (linkCount == linkEntries.length) {
                    linkEntries = Arrays.copyOf(linkEntries, linkCount * 2);
                    linkTargets = Arrays.copyOf(linkTargets, linkCount * 2);
                }
                linkEntries[linkCount] = count;
                linkTargets[linkCount++] = linkStrings.computeIfAbsent(link, l -> l);
            }
            count++;
        }

        private int ownerIndex(int uid, int gid) {
            if (lastOwner >= 0 && owners[lastOwner * 2] == uid && owners[lastOwner * 2 + 1] == gid) {
                return lastOwner;
            }
            Integer known = ownerIds.get(((long) uid << 32) | (gid & 0xffffffffL));
            if (known == null) {
                if (ownerCount * 2 == owners.length) {
                    owners = Arrays.copyOf(owners, owners.length * 2);
                }
                owners[ownerCount * 2] = uid;
                owners[ownerCount * 2 + 1] = gid;
                known = ownerCount++;
                ownerIds.put(((long) uid << 32) | (gid & 0xffffffffL), known);
            }
            lastOwner = known;
            return known;
        }

        LayerListing build() {
            return new LayerListing(this);
        }

        private static boolean startsWith(byte[] b, int off, int len, byte[] prefix) {
            return len >= prefix.length && Arrays.equals(b, off, off + prefix.length, prefix, 0, prefix.length);
        }
    }
}
