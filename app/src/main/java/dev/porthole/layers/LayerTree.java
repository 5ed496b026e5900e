package dev.porthole.layers;

import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * One layer's file tree, in one of two views: what the layer changes, or the whole image as of the layer. Nodes
 * are int ids shared by every tree of the same {@link Analysis} (a path keeps its id from layer to layer, so a UI
 * can keep expansion and selection), read lazily through {@link #children}. Immutable and thread-safe; made with
 * one replay of the layers below, so building one costs about as much as the entries up to the layer.
 */
public final class LayerTree {

    /** Which tree this is. */
    public enum View {
        /** The layer's own entries, the folders they sit in, and what it removes from the image below. */
        CHANGES,
        /** Everything in the image as of the layer, plus what the layer removed. */
        IMAGE
    }

    private static final ChangeKind[] KINDS = ChangeKind.values();

    private final Analysis analysis;
    private final PathTable paths;
    private final LayerStack stack;
    private final int layer;
    private final View view;
    /** Per path: the ref of the entry shown (for a removed path, the one it had below), or IMPLICIT/ABSENT. */
    private final int[] ref;
    /** Per path: 0 when not in this tree, else ChangeKind ordinal + 1. */
    private final byte[] change;
    private final long[] total;
    /** Paths a filter keeps, or null when unfiltered. */
    private final BitSet shown;

    private LayerTree(Analysis analysis, int layer, View view, int[] ref, byte[] change, long[] total, BitSet shown) {
        this.analysis = analysis;
        this.paths = analysis.paths();
        this.stack = analysis.stack();
        this.layer = layer;
        this.view = view;
        this.ref = ref;
        this.change = change;
        this.total = total;
        this.shown = shown;
    }

    static LayerTree changes(Analysis analysis, int layer) {
        return build(analysis, layer, View.CHANGES);
    }

    static LayerTree image(Analysis analysis, int layer) {
        return build(analysis, layer, View.IMAGE);
    }

    private static LayerTree build(Analysis analysis, int layer, View view) {
        PathTable paths = analysis.paths();
        LayerReplay replay = new LayerReplay(analysis.stack(), paths);
        replay.replayBelow(layer);
        replay.scan(layer);
        int n = paths.size();
        int[] ref = new int[n];
        Arrays.fill(ref, LayerReplay.ABSENT);
        byte[] change = new byte[n];
        IntList nodes = replay.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            int p = nodes.get(i);
            int entry = replay.layerEntry(p);
            if (entry >= 0) {
                change[p] = code(replay.existedBelow(p) ? ChangeKind.MODIFIED : ChangeKind.ADDED);
                ref[p] = entry;
            } else if (view == View.CHANGES) {
                change[p] = code(ChangeKind.UNCHANGED);
            }
        }
        replay.apply();
        if (view == View.CHANGES) {
            for (int i = 0; i < nodes.size(); i++) {
                int p = nodes.get(i);
                if (ref[p] == LayerReplay.ABSENT) {
                    ref[p] = replay.definition(p);
                }
            }
        } else {
            for (int p = 1; p < n; p++) {
                int def = replay.definition(p);
                if (def != LayerReplay.ABSENT) {
                    ref[p] = def;
                    if (change[p] == 0) {
                        change[p] = code(ChangeKind.UNCHANGED);
                    }
                }
            }
        }
        IntList removed = replay.removed();
        IntList removedDefinitions = replay.removedDefinitions();
        for (int i = 0; i < removed.size(); i++) {
            int p = removed.get(i);
            if (replay.definition(p) == LayerReplay.ABSENT) {
                change[p] = code(ChangeKind.REMOVED);
                ref[p] = removedDefinitions.get(i);
            }
        }
        change[PathTable.ROOT] = code(ChangeKind.UNCHANGED);
        ref[PathTable.ROOT] = LayerReplay.IMPLICIT;
        return new LayerTree(analysis, layer, view, ref, change, totals(paths, analysis.stack(), ref, change), null);
    }

    /** Folder totals bottom up (a parent's id is lower than its children's): removed bytes only under removals. */
    private static long[] totals(PathTable paths, LayerStack stack, int[] ref, byte[] change) {
        long[] total = new long[ref.length];
        byte removed = code(ChangeKind.REMOVED);
        for (int p = ref.length - 1; p > 0; p--) {
            if (change[p] == 0) {
                continue;
            }
            if (ref[p] >= 0) {
                total[p] += stack.size(ref[p]);
            }
            int parent = paths.parent(p);
            if (change[p] != removed || change[parent] == removed) {
                total[parent] += total[p];
            }
        }
        return total;
    }

    private static byte code(ChangeKind kind) {
        return (byte) (kind.ordinal() + 1);
    }

    // ---- the tree ----

    /** The layer this tree belongs to. */
    public int layerIndex() {
        return layer;
    }

    public View view() {
        return view;
    }

    /** The root folder "/". */
    public int root() {
        return PathTable.ROOT;
    }

    /** Whether the node is in this tree (and kept by its filter). */
    public boolean contains(int node) {
        return node >= 0 && node < change.length && change[node] != 0 && (shown == null || shown.get(node));
    }

    /** The node's children in this tree, sorted by name. */
    public int[] children(int node) {
        IntList kids = new IntList(8);
        for (int c = paths.firstChild(node); c >= 0; c = paths.nextSibling(c)) {
            if (contains(c)) {
                kids.add(c);
            }
        }
        return Arrays.stream(kids.toArray()).boxed().sorted(paths::compareNames).mapToInt(Integer::intValue)
                .toArray();
    }

    /** Whether the node has children in this tree, without sorting them. */
    public boolean hasChildren(int node) {
        for (int c = paths.firstChild(node); c >= 0; c = paths.nextSibling(c)) {
            if (contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** The parent node, -1 for the root. */
    public int parent(int node) {
        return paths.parent(node);
    }

    /** The node at an absolute path, or -1 when it is not in this tree. */
    public int find(String path) {
        int id = paths.find(path);
        return id >= 0 && contains(id) ? id : -1;
    }

    /** How many nodes the tree shows, the root not counted. */
    public int nodeCount() {
        int count = 0;
        for (int p = 1; p < change.length; p++) {
            if (contains(p)) {
                count++;
            }
        }
        return count;
    }

    // ---- one node ----

    public String name(int node) {
        return paths.name(node);
    }

    /** The absolute path, as "/etc/nginx/nginx.conf". */
    public String path(int node) {
        return paths.path(node);
    }

    /** How this layer changed the node; {@link ChangeKind#UNCHANGED} for parents and untouched image content. */
    public ChangeKind change(int node) {
        return KINDS[change[node] - 1];
    }

    /** The node's type; a folder known only from its contents is a {@link EntryType#DIRECTORY}. */
    public EntryType type(int node) {
        return ref[node] >= 0 ? EntryType.of(stack.kind(ref[node])) : EntryType.DIRECTORY;
    }

    /** Whether the node is a folder no layer listed by its own header (so mode and owner are unknown). */
    public boolean isImplicit(int node) {
        return ref[node] < 0;
    }

    /** The size in its tar header (a removed node: the size it had below). */
    public long size(int node) {
        return ref[node] >= 0 ? stack.size(ref[node]) : 0;
    }

    /**
     * The size with everything under it in this tree: for a folder in the changes view, the bytes this layer
     * writes below it; removed bytes count only under a removed folder.
     */
    public long totalSize(int node) {
        return total[node];
    }

    /** Permission bits (07777), or -1 for an implicit folder. */
    public int mode(int node) {
        return ref[node] >= 0 ? stack.mode(ref[node]) : -1;
    }

    /** Owner uid, or -1 for an implicit folder. */
    public int uid(int node) {
        return ref[node] >= 0 ? stack.uid(ref[node]) : -1;
    }

    /** Owner gid, or -1 for an implicit folder. */
    public int gid(int node) {
        return ref[node] >= 0 ? stack.gid(ref[node]) : -1;
    }

    /** A symlink's or hard link's target, else null. */
    public String linkTarget(int node) {
        return ref[node] >= 0 ? stack.linkTarget(ref[node]) : null;
    }

    /** Whether the path is one of the image's inefficient files. */
    public boolean isWasted(int node) {
        return analysis.isWastedPath(node);
    }

    /** "drwxr-xr-x" style text of the node's type and mode ("d?????????" for an implicit folder). */
    public String permissions(int node) {
        return FileModes.format(type(node), mode(node));
    }

    // ---- filtering ----

    /** This tree with all kinds shown; see {@link #filter(String, Set, boolean)}. */
    public LayerTree filter(String text) {
        return filter(text, EnumSet.allOf(ChangeKind.class), false);
    }

    /**
     * The nodes whose path contains {@code text} (ignoring case), whose change is one of {@code kinds}, and (when
     * {@code onlyWasted}) that are inefficient files, with the folders that lead to them.
     */
    public LayerTree filter(String text, Set<ChangeKind> kinds, boolean onlyWasted) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int n = change.length;
        // a needle without "/" matches a path when it matches any element, so it is decided element by element
        boolean byElement = !needle.contains("/");
        BitSet matchedAbove = new BitSet(n);
        BitSet keep = new BitSet(n);
        for (int p = 1; p < n; p++) {
            if (change[p] == 0) {
                continue;
            }
            boolean textMatches;
            if (needle.isEmpty()) {
                textMatches = true;
            } else if (byElement) {
                textMatches = matchedAbove.get(paths.parent(p))
                        || paths.name(p).toLowerCase(Locale.ROOT).contains(needle);
                matchedAbove.set(p, textMatches);
            } else {
                textMatches = paths.path(p).toLowerCase(Locale.ROOT).contains(needle);
            }
            if (textMatches && kinds.contains(change(p)) && (!onlyWasted || isWasted(p))) {
                keep.set(p);
            }
        }
        for (int p = n - 1; p > 0; p--) {
            if (keep.get(p)) {
                keep.set(paths.parent(p));
            }
        }
        keep.set(PathTable.ROOT);
        if (shown != null) {
            keep.and(shown);
        }
        return new LayerTree(analysis, layer, view, ref, change, total, keep);
    }
}
