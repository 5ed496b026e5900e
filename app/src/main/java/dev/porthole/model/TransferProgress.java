package dev.porthole.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layers of one pull or push as the events told them, in the order they first appeared, and the overall
 * progress. Immutable: {@link #with} returns the next state.
 *
 * @param pushing whether this is a push (its layers push rather than download and extract)
 * @param layers  the layers, by first appearance
 */
public record TransferProgress(boolean pushing, List<LayerProgress> layers) {

    public TransferProgress {
        layers = List.copyOf(layers);
    }

    /** No layer known yet. */
    public static TransferProgress start(boolean pushing) {
        return new TransferProgress(pushing, List.of());
    }

    /** The progress after {@code update}; a layer keeps its place, and its total when the update lacks one. */
    public TransferProgress with(LayerProgress update) {
        Map<String, LayerProgress> byId = new LinkedHashMap<>();
        layers.forEach(l -> byId.put(l.id(), l));
        LayerProgress old = byId.get(update.id());
        long total = update.total() > 0 ? update.total() : old == null ? 0 : old.total();
        byId.put(update.id(), new LayerProgress(update.id(), update.state(), update.current(), total));
        return new TransferProgress(pushing, new ArrayList<>(byId.values()));
    }

    /** The whole transfer's progress, 0..1 (the mean of the layers'); 0 before any layer is known. */
    public double overall() {
        return layers.isEmpty() ? 0
                : layers.stream().mapToDouble(l -> l.fraction(pushing)).sum() / layers.size();
    }

    /** How many layers are finished. */
    public long finishedLayers() {
        return layers.stream().filter(l -> l.state().finished()).count();
    }
}
