package dev.porthole.layers;

import java.util.List;

/**
 * A path that two or more layers write or remove, so its earlier bytes still ship in the image.
 *
 * @param path        absolute path, as "/etc/nginx/nginx.conf"
 * @param count       how many times layers hold it (dive's count)
 * @param wastedBytes the sum over those layers of their sizes, the surviving copy included (as dive sums it)
 * @param occurrences each layer holding it, bottom first, with size and command
 */
public record InefficientFile(String path, int count, long wastedBytes, List<LayerOccurrence> occurrences) {
    public InefficientFile {
        occurrences = List.copyOf(occurrences);
    }
}
