package dev.porthole.ui.layers;

/**
 * An image the engine lists, as the source picker offers it.
 *
 * @param reference repository:tag, or the id when it has no tag
 * @param sizeBytes the size the engine lists, so reading it has a progress total
 */
record EngineImage(String reference, long sizeBytes) {

    @Override
    public String toString() {
        return reference;
    }
}
