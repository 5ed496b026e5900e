package dev.porthole.layers;

import java.nio.charset.StandardCharsets;

/**
 * Every path seen in an image's layers, by int id: id 0 is the root, a parent's id is always lower than its
 * children's. Immutable; the trees of all layers share it, so a node id means the same path in every layer.
 */
final class PathTable {

    static final int ROOT = 0;

    private final int[] parent;
    private final int[] nameStart;
    private final int[] nameLength;
    private final byte[] names;
    private final int[] firstChild;
    private final int[] nextSibling;

    PathTable(int[] parent, int[] nameStart, int[] nameLength, byte[] names, int[] firstChild, int[] nextSibling) {
        this.parent = parent;
        this.nameStart = nameStart;
        this.nameLength = nameLength;
        this.names = names;
        this.firstChild = firstChild;
        this.nextSibling = nextSibling;
    }

    int size() {
        return parent.length;
    }

    /** The parent's id; -1 for the root. */
    int parent(int id) {
        return parent[id];
    }

    /** The first child ever seen under {@code id}, -1 when none; continue with {@link #nextSibling}. */
    int firstChild(int id) {
        return firstChild[id];
    }

    int nextSibling(int id) {
        return nextSibling[id];
    }

    /** The last path element; "/" for the root. */
    String name(int id) {
        return id == ROOT ? "/" : new String(names, nameStart[id], nameLength[id], StandardCharsets.UTF_8);
    }

    /** The absolute path, as "/etc/nginx/nginx.conf"; "/" for the root. */
    String path(int id) {
        if (id == ROOT) {
            return "/";
        }
        int length = 0;
        for (int p = id; p != ROOT; p = parent[p]) {
            length += nameLength[p] + 1;
        }
        byte[] bytes = new byte[length];
        int end = length;
        for (int p = id; p != ROOT; p = parent[p]) {
            end -= nameLength[p];
            System.arraycopy(names, nameStart[p], bytes, end, nameLength[p]);
            bytes[--end] = '/';
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The id of an absolute or relative path, or -1 when it was never seen. */
    int find(String path) {
        int id = ROOT;
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            byte[] wanted = part.getBytes(StandardCharsets.UTF_8);
            int child = firstChild[id];
            while (child >= 0 && !nameIs(child, wanted)) {
                child = nextSibling[child];
            }
            if (child < 0) {
                return -1;
            }
            id = child;
        }
        return id;
    }

    /** Compares two ids' names byte-wise (UTF-8 order, which is code point order). */
    int compareNames(int a, int b) {
        return java.util.Arrays.compareUnsigned(names, nameStart[a], nameStart[a] + nameLength[a],
                names, nameStart[b], nameStart[b] + nameLength[b]);
    }

    private boolean nameIs(int id, byte[] wanted) {
        return java.util.Arrays.equals(names, nameStart[id], nameStart[id] + nameLength[id], wanted, 0, wanted.length);
    }
}
