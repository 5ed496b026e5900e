package dev.porthole.layers;

import java.util.List;

/**
 * An image's layer listings in manifest order, with one int "ref" per entry across all layers (layer base plus
 * index), so replay state can point at the entry that defines a path in a single int. Immutable.
 */
final class LayerStack {

    private final LayerListing[] layers;
    private final int[] base;

    LayerStack(List<LayerListing> listings) {
        layers = listings.toArray(LayerListing[]::new);
        base = new int[layers.length + 1];
        long total = 0;
        for (int i = 0; i < layers.length; i++) {
            base[i] = (int) total;
            total += layers[i].count;
            if (total > Integer.MAX_VALUE) {
                throw new LayersException("The image has more than " + Integer.MAX_VALUE + " entries in its layers;"
                        + " Porthole cannot analyse it.");
            }
        }
        base[layers.length] = (int) total;
    }

    int layerCount() {
        return layers.length;
    }

    LayerListing layer(int index) {
        return layers[index];
    }

    /** The ref of entry {@code entry} of layer {@code layer}. */
    int ref(int layer, int entry) {
        return base[layer] + entry;
    }

    /** The layer a ref belongs to. */
    int layerOf(int ref) {
        int lo = 0;
        int hi = layers.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (base[mid] <= ref) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    byte kind(int ref) {
        int l = layerOf(ref);
        return layers[l].kind[ref - base[l]];
    }

    long size(int ref) {
        int l = layerOf(ref);
        return layers[l].size[ref - base[l]];
    }

    int mode(int ref) {
        int l = layerOf(ref);
        return layers[l].mode[ref - base[l]];
    }

    int uid(int ref) {
        int l = layerOf(ref);
        return layers[l].uid(ref - base[l]);
    }

    int gid(int ref) {
        int l = layerOf(ref);
        return layers[l].gid(ref - base[l]);
    }

    String linkTarget(int ref) {
        int l = layerOf(ref);
        return layers[l].linkTarget(ref - base[l]);
    }
}
