package dev.porthole.layers;

/**
 * One layer's share of an inefficient file: the "why is it wasted" answer.
 *
 * @param layerIndex the layer
 * @param sizeBytes  the bytes it counts there (for a removal, what the whiteout removed)
 * @param command    the command of that layer
 * @param removal    whether the layer removes the path (a whiteout) rather than writing it
 */
public record LayerOccurrence(int layerIndex, long sizeBytes, String command, boolean removal) {
}
