package dev.porthole.layers;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Stacks layers one by one, as the engine does when it mounts them: the image as of a layer is the one below with
 * this layer's whiteouts and opaque markers applied, then its entries. {@link #scan} first describes a layer's own
 * tree (its entries plus the folders they imply); {@link #apply} then moves the image up by that layer.
 *
 * <p>State is one int per path ({@link #definition}): absent, present without a header of its own, or the ref of
 * the entry that defines it. Mutable scratch for one analysis or one view; not thread-safe.
 */
final class LayerReplay {

    static final int ABSENT = -1;
    /** Present as the parent of listed entries, without a header of its own. */
    static final int IMPLICIT = -2;

    private final LayerStack stack;
    private final PathTable paths;
    private final int[] definition;
    /**
     * Whether the last layer that held the path listed it as a folder by its own header. dive's stacked tree keeps
     * the header of the last layer holding a node, implied or not, and a whiteout counts the bytes under a path
     * only when that header is a folder's; we keep the same rule so the numbers agree.
     */
    private final BitSet folderHeader;

    // this layer's tree, valid where the stamp matches
    private final int[] nodeStamp;
    private final int[] childStamp;
    private final int[] lastEntry;
    private final int[] whiteoutStamp;
    private final int[] removedStamp;
    private int stamp;

    private final IntList nodes = new IntList(1024);
    private final IntList whiteouts = new IntList(64);
    private final IntList opaques = new IntList(16);
    private final IntList removed = new IntList(64);
    private final IntList removedDefinitions = new IntList(64);
    private final IntList removedNonFolders = new IntList(64);
    private final IntList pending = new IntList(64);

    private int added;
    private int modified;
    private int removedCount;

    LayerReplay(LayerStack stack, PathTable paths) {
        this.stack = stack;
        this.paths = paths;
        int n = paths.size();
        definition = new int[n];
        Arrays.fill(definition, ABSENT);
        definition[PathTable.ROOT] = IMPLICIT;
        folderHeader = new BitSet(n);
        nodeStamp = new int[n];
        childStamp = new int[n];
        lastEntry = new int[n];
        whiteoutStamp = new int[n];
        removedStamp = new int[n];
    }

    /** Stacks layers {@code 0..layer-1}, leaving the image as of the layer below {@code layer}. */
    void replayBelow(int layer) {
        for (int i = 0; i < layer; i++) {
            scan(i);
            apply();
        }
    }

    /** Describes layer {@code index}'s own tree; the image state is not changed. */
    void scan(int index) {
        stamp++;
        nodes.clear();
        whiteouts.clear();
        opaques.clear();
        LayerListing listing = stack.layer(index);
        for (int e = 0; e < listing.count; e++) {
            int p = listing.path[e];
            byte kind = listing.kind[e];
            if (kind == LayerListing.WHITEOUT) {
                if (whiteoutStamp[p] != stamp) {
                    whiteoutStamp[p] = stamp;
                    whiteouts.add(p);
                }
                // the marker ".wh.NAME" is itself a child of NAME's folder
                int parent = paths.parent(p);
                childStamp[parent] = stamp;
                imply(parent);
            } else if (kind == LayerListing.OPAQUE) {
                // the marker is no node (dive never adds it), but its folder is
                opaques.add(p);
                imply(p);
            } else {
                if (nodeStamp[p] != stamp) {
                    nodeStamp[p] = stamp;
                    nodes.add(p);
                }
                // the last entry for a path wins, as when a tar is extracted
                lastEntry[p] = stack.ref(index, e);
                int parent = paths.parent(p);
                childStamp[parent] = stamp;
                imply(parent);
            }
        }
    }

    private void imply(int p) {
        while (p != PathTable.ROOT && nodeStamp[p] != stamp) {
            nodeStamp[p] = stamp;
            lastEntry[p] = ABSENT;
            nodes.add(p);
            int parent = paths.parent(p);
            childStamp[parent] = stamp;
            p = parent;
        }
    }

    /**
     * Moves the image up by the scanned layer: whiteouts and opaque markers remove from the image below, then the
     * layer's entries (and the folders they imply) are laid on top. Counts added, modified and removed non-folders.
     */
    void apply() {
        removed.clear();
        removedDefinitions.clear();
        removedNonFolders.clear();
        for (int i = 0; i < whiteouts.size(); i++) {
            int p = whiteouts.get(i);
            if (definition[p] != ABSENT) {
                remove(p, true);
            }
        }
        for (int i = 0; i < opaques.size(); i++) {
            int p = opaques.get(i);
            if (definition[p] != ABSENT) {
                remove(p, false);
            }
        }
        added = 0;
        modified = 0;
        for (int i = 0; i < nodes.size(); i++) {
            int p = nodes.get(i);
            int ref = lastEntry[p];
            if (ref >= 0) {
                boolean folder = stack.kind(ref) == TarReader.DIRECTORY;
                if (!folder) {
                    if (existedBelow(p)) {
                        modified++;
                    } else {
                        added++;
                    }
                }
                definition[p] = ref;
                folderHeader.set(p, folder);
            } else {
                int below = definition[p];
                if (below == ABSENT || below >= 0 && stack.kind(below) != TarReader.DIRECTORY) {
                    definition[p] = IMPLICIT;
                }
                folderHeader.clear(p);
            }
        }
        removedCount = 0;
        for (int i = 0; i < removedNonFolders.size(); i++) {
            if (definition[removedNonFolders.get(i)] == ABSENT) {
                removedCount++;
            }
        }
    }

    private void remove(int top, boolean withTop) {
        pending.clear();
        if (withTop) {
            pending.add(top);
        } else {
            pushPresentChildren(top);
        }
        while (pending.size() > 0) {
            int p = pending.pop();
            int def = definition[p];
            removed.add(p);
            removedDefinitions.add(def);
            if (def >= 0 && stack.kind(def) != TarReader.DIRECTORY) {
                removedNonFolders.add(p);
            }
            removedStamp[p] = stamp;
            definition[p] = ABSENT;
            pushPresentChildren(p);
        }
    }

    private void pushPresentChildren(int p) {
        for (int c = paths.firstChild(p); c >= 0; c = paths.nextSibling(c)) {
            if (definition[c] != ABSENT) {
                pending.add(c);
            }
        }
    }

    /**
     * Whether the path existed in the image below the scanned layer. Valid before {@link #apply}, and inside it
     * until the path itself is laid.
     */
    boolean existedBelow(int p) {
        return removedStamp[p] == stamp || definition[p] != ABSENT;
    }

    /** The total header size of the path and everything under it in the current image. */
    long presentSize(int top) {
        long total = 0;
        pending.clear();
        pending.add(top);
        while (pending.size() > 0) {
            int p = pending.pop();
            int def = definition[p];
            if (def >= 0) {
                total += stack.size(def);
            }
            pushPresentChildren(p);
        }
        return total;
    }

    /** Whether the path is in the current image and its defining layer listed it as a folder (see field doc). */
    boolean isFolderByHeader(int p) {
        return definition[p] >= 0 && folderHeader.get(p);
    }

    // ---- the scanned layer's tree ----

    /** Paths of the scanned layer's tree (entries and implied folders), whiteout markers excluded. */
    IntList nodes() {
        return nodes;
    }

    /** Paths the scanned layer whites out, each once. */
    IntList whiteouts() {
        return whiteouts;
    }

    /** Whether the path is a node of the scanned layer's tree. */
    boolean inLayer(int p) {
        return nodeStamp[p] == stamp;
    }

    /** The ref of the scanned layer's entry for the path, or {@link #ABSENT} when the layer only implies it. */
    int layerEntry(int p) {
        return nodeStamp[p] == stamp ? lastEntry[p] : ABSENT;
    }

    /** Whether the path has nothing under it in the scanned layer's own tree. */
    boolean isLeaf(int p) {
        return childStamp[p] != stamp;
    }

    // ---- results of the last apply ----

    /** Paths the last applied layer removed, folders included, with {@link #removedDefinitions()} alongside. */
    IntList removed() {
        return removed;
    }

    IntList removedDefinitions() {
        return removedDefinitions;
    }

    int added() {
        return added;
    }

    int modified() {
        return modified;
    }

    int removedCount() {
        return removedCount;
    }

    /** The current definition of a path: {@link #ABSENT}, {@link #IMPLICIT} or an entry ref. */
    int definition(int p) {
        return definition[p];
    }
}
