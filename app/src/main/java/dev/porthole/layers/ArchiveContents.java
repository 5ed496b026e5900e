package dev.porthole.layers;

import java.util.HashMap;
import java.util.Map;

/**
 * What one pass over an image archive collected, by archive path: a listing per layer blob, the small JSON files
 * (manifests, configs, index), links between entries, and blobs that looked like layers but could not be read.
 * Nothing is ordered yet: the manifest may come last in the stream.
 */
final class ArchiveContents {

    final PathInterner paths = new PathInterner();
    final Map<String, LayerListing> layers = new HashMap<>();
    final Map<String, byte[]> json = new HashMap<>();
    /** Symlinked or hard-linked entries (docker save links a layer.tar repeated in an image): path to target. */
    final Map<String, String> links = new HashMap<>();
    /** Why a blob that looked like a layer could not be read; reported only if the manifest needs it. */
    final Map<String, String> damaged = new HashMap<>();

    /** The archive path {@code path} leads to after following links. */
    String resolve(String path) {
        String p = path;
        for (int hops = 0; hops < 16 && links.containsKey(p); hops++) {
            p = links.get(p);
        }
        return p;
    }
}
