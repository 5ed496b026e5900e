package dev.porthole.layers;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The finished, immutable analysis of one image: its layers, dive's efficiency numbers, and the inefficient files
 * with the layers that hold them. Per-layer file trees are made on request ({@link #changesIn}, {@link #imageAt})
 * from the compact listings kept here, so a UI can page through them without the whole image in objects.
 * Safe to share between threads.
 */
public final class Analysis {

    private final String image;
    private final String tag;
    private final List<LayerInfo> layers;
    private final long sizeBytes;
    private final long userSizeBytes;
    private final double efficiency;
    private final long wastedBytes;
    private final double userWastedPercent;
    private final List<InefficientFile> inefficientFiles;
    private final PathTable paths;
    private final LayerStack stack;
    /** Paths of inefficient files; never changed after construction. */
    private final BitSet wastedPaths;

    Analysis(String image, String tag, List<LayerInfo> layers, long sizeBytes, long userSizeBytes, double efficiency,
             long wastedBytes, double userWastedPercent, List<InefficientFile> inefficientFiles, PathTable paths,
             LayerStack stack, BitSet wastedPaths) {
        this.image = Objects.requireNonNull(image);
        this.tag = tag;
        this.layers = List.copyOf(layers);
        this.sizeBytes = sizeBytes;
        this.userSizeBytes = userSizeBytes;
        this.efficiency = efficiency;
        this.wastedBytes = wastedBytes;
        this.userWastedPercent = userWastedPercent;
        this.inefficientFiles = List.copyOf(inefficientFiles);
        this.paths = paths;
        this.stack = stack;
        this.wastedPaths = wastedPaths;
    }

    /** The image as asked for: its reference, or the archive's path. */
    public String image() {
        return image;
    }

    /** The first tag the archive itself names, or null. */
    public String tag() {
        return tag;
    }

    /** The layers, bottom (base) first. */
    public List<LayerInfo> layers() {
        return layers;
    }

    /** Sum of the layer sizes (uncompressed tar header sizes). */
    public long sizeBytes() {
        return sizeBytes;
    }

    /** The image size less the base layer (layer 0). */
    public long userSizeBytes() {
        return userSizeBytes;
    }

    /** dive's efficiency score, 0..1; 1 when nothing is duplicated or removed. */
    public double efficiency() {
        return efficiency;
    }

    /** Sum of the inefficient files' bytes over all layers holding them, as dive counts. */
    public long wastedBytes() {
        return wastedBytes;
    }

    /** Wasted bytes over the user size, as a ratio (0.25 = 25 %); 0 when there is no user size. */
    public double userWastedPercent() {
        return userWastedPercent;
    }

    /** Paths held by two or more layers, most wasted bytes first. */
    public List<InefficientFile> inefficientFiles() {
        return inefficientFiles;
    }

    /** The tree of what layer {@code layer} changes: its entries, the folders they sit in, and what it removes. */
    public LayerTree changesIn(int layer) {
        return LayerTree.changes(this, checkLayer(layer));
    }

    /** The tree of the whole image as of layer {@code layer}, with that layer's changes and removals marked. */
    public LayerTree imageAt(int layer) {
        return LayerTree.image(this, checkLayer(layer));
    }

    PathTable paths() {
        return paths;
    }

    LayerStack stack() {
        return stack;
    }

    boolean isWastedPath(int path) {
        return wastedPaths.get(path);
    }

    private int checkLayer(int layer) {
        if (layer < 0 || layer >= layers.size()) {
            throw new IndexOutOfBoundsException("layer " + layer + " of " + layers.size());
        }
        return layer;
    }

    @Override
    public String toString() {
        return "Analysis[" + image + ", " + layers.size() + " layers, " + sizeBytes + " bytes, efficiency "
                + efficiency + "]";
    }
}
