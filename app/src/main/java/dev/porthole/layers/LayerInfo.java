package dev.porthole.layers;

import dev.porthole.model.Ids;

/**
 * One layer of an analysed image.
 *
 * @param index     position from the bottom, 0 being the base layer
 * @param digest    the layer's diff id ("sha256:…", the digest of its uncompressed tar) from the image config,
 *                  else its blob digest or archive folder name
 * @param command   the history step that made it, with "/bin/sh -c " and "#(nop) " trimmed; "" when unknown
 * @param sizeBytes sum of the tar header sizes of its entries (uncompressed bytes), as dive counts
 * @param added     non-folder entries whose path did not exist below
 * @param modified  non-folder entries whose path existed below
 * @param removed   non-folder paths present below and gone after this layer
 */
public record LayerInfo(int index, String digest, String command, long sizeBytes, int added, int modified,
                        int removed) {

    /** The 12-hex-character form of the digest, as the docker CLI shows ids. */
    public String shortDigest() {
        return Ids.shortId(digest);
    }
}
