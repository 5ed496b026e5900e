package dev.porthole.dockerfile.explain;

/** What a line does to the image's layers (the notes' point: every RUN, COPY and ADD adds one). */
public enum LayerEffect {
    /** RUN, COPY and ADD: a new layer with the files it adds or changes. */
    NEW_LAYER,
    /** Instructions that only change settings (ENV, CMD, EXPOSE…). */
    SETTINGS_ONLY,
    /** FROM: the base image's layers are the starting point. */
    BASE_IMAGE,
    /** Not an instruction: a comment, a directive, an empty line. */
    NONE
}
