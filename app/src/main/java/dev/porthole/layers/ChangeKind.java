package dev.porthole.layers;

/** How a layer changed a path, relative to the image below it. */
public enum ChangeKind {
    /** The path did not exist below. */
    ADDED,
    /** The path existed below and this layer lists it again. */
    MODIFIED,
    /** The path existed below and is gone after this layer (a whiteout, or under an opaque folder). */
    REMOVED,
    /** This layer does not touch the path (it is shown as a parent, or as part of the image). */
    UNCHANGED
}
