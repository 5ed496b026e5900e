package dev.porthole.layers;

import java.util.Arrays;

/**
 * Gives every path an int id while layers are read: a path is (parent id, name), each name stored once as bytes,
 * so 50,000 paths across 20 layers cost a few bytes each instead of a String per entry. A parent always gets its
 * id before its children. Single-threaded; {@link #toTable()} freezes it.
 */
final class PathInterner {

    private int size = 1; // id 0 is the root
    private int[] parent = new int[1024];
    private int[] nameStart = new int[1024];
    private int[] nameLength = new int[1024];
    private byte[] names = new byte[16 * 1024];
    private int namesUsed;
    /** Open addressing on (parent, name): slot holds an id, 0 for empty (the root is never looked up). */
    private int[] slots = new int[2048];

    PathInterner() {
        parent[0] = -1;
    }

    /** The id of {@code name} (bytes {@code off..off+len}) under {@code parentId}, added when new. */
    int intern(int parentId, byte[] b, int off, int len) {
        int mask = slots.length - 1;
        int i = hash(parentId, b, off, len) & mask;
        while (true) {
            int id = slots[i];
            if (id == 0) {
                break;
            }
            if (parent[id] == parentId && nameEquals(id, b, off, len)) {
                return id;
            }
            i = (i + 1) & mask;
        }
        int id = add(parentId, b, off, len);
        slots[i] = id;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    int size() {
        return size;
    }

    /** An immutable table of the paths interned so far. */
    PathTable toTable() {
        int[] firstChild = new int[size];
        int[] nextSibling = new int[size];
        Arrays.fill(firstChild, -1);
        Arrays.fill(nextSibling, -1);
        for (int id = size - 1; id > 0; id--) {
            nextSibling[id] = firstChild[parent[id]];
            firstChild[parent[id]] = id;
        }
        return new PathTable(Arrays.copyOf(parent, size), Arrays.copyOf(nameStart, size),
                Arrays.copyOf(nameLength, size), Arrays.copyOf(names, namesUsed), firstChild, nextSibling);
    }

    private int add(int parentId, byte[] b, int off, int len) {
        if (size == parent.length) {
            int grown = size * 2;
            parent = Arrays.copyOf(parent, grown);
            nameStart = Arrays.copyOf(nameStart, grown);
            nameLength = Arrays.copyOf(nameLength, grown);
        }
        if (namesUsed + len > names.length) {
            names = Arrays.copyOf(names, Math.max(names.length * 2, namesUsed + len));
        }
        System.arraycopy(b, off, names, namesUsed, len);
        int id = size++;
        parent[id] = parentId;
        nameStart[id] = namesUsed;
        nameLength[id] = len;
        namesUsed += len;
        return id;
    }

    private boolean nameEquals(int id, byte[] b, int off, int len) {
        return nameLength[id] == len && Arrays.equals(names, nameStart[id], nameStart[id] + len, b, off, off + len);
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 1; id < size; id++) {
            int i = hash(parent[id], names, nameStart[id], nameLength[id]) & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = id;
        }
        slots = bigger;
    }

    private static int hash(int parentId, byte[] b, int off, int len) {
        int h = parentId * 0x9E3779B1;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + b[i];
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        return h ^ (h >>> 13);
    }
}
