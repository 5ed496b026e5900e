package dev.porthole.layers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two analysed images side by side (say before and after a Dockerfile change): layers paired by position, which
 * ones both images share (same digest, so the same content), and how sizes moved. Layer identity comes from the
 * configs' diff ids, so nothing is hashed.
 *
 * @param before           the first image
 * @param after            the second image
 * @param layers           one row per position, to the longer image's length
 * @param sharedLayers     distinct layer digests present in both images
 * @param sharedBytes      the size of those shared layers (stored once when both images are in one engine)
 * @param sizeDeltaBytes   after's size minus before's
 */
public record ImageComparison(Analysis before, Analysis after, List<LayerPair> layers, int sharedLayers,
                              long sharedBytes, long sizeDeltaBytes) {

    public ImageComparison {
        layers = List.copyOf(layers);
    }

    /**
     * One position in both images.
     *
     * @param index  position from the bottom
     * @param before the first image's layer there, or null when it has fewer layers
     * @param after  the second image's layer there, or null
     * @param shared whether both are the same layer (same digest)
     */
    public record LayerPair(int index, LayerInfo before, LayerInfo after, boolean shared) {

        /** After's size minus before's, a missing layer counting 0. */
        public long sizeDeltaBytes() {
            return (after == null ? 0 : after.sizeBytes()) - (before == null ? 0 : before.sizeBytes());
        }
    }

    /** Compares {@code before} with {@code after}. */
    public static ImageComparison of(Analysis before, Analysis after) {
        List<LayerInfo> a = before.layers();
        List<LayerInfo> b = after.layers();
        List<LayerPair> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            LayerInfo x = i < a.size() ? a.get(i) : null;
            LayerInfo y = i < b.size() ? b.get(i) : null;
            rows.add(new LayerPair(i, x, y, x != null && y != null && x.digest().equals(y.digest())));
        }
        Set<String> afterDigests = new HashSet<>();
        b.forEach(l -> afterDigests.add(l.digest()));
        Set<String> counted = new HashSet<>();
        int shared = 0;
        long sharedBytes = 0;
        for (LayerInfo l : a) {
            if (afterDigests.contains(l.digest()) && counted.add(l.digest())) {
                shared++;
                sharedBytes += l.sizeBytes();
            }
        }
        return new ImageComparison(before, after, rows, shared, sharedBytes, after.sizeBytes() - before.sizeBytes());
    }
}
