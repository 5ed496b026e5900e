package dev.porthole.model;

import java.util.Locale;

/** Where one layer of a pull or push stands, from the engine's progress status lines. */
public enum LayerState {
    WAITING("Waiting"),
    DOWNLOADING("Downloading"),
    VERIFYING("Verifying"),
    /** Downloaded and checked, waiting its turn to be extracted (layers extract in order). */
    DOWNLOADED("Downloaded"),
    EXTRACTING("Extracting"),
    PUSHING("Pushing"),
    DONE("Done"),
    ALREADY_EXISTS("Already exists");

    private final String label;

    LayerState(String label) {
        this.label = label;
    }

    /** The state as a user reads it. */
    public String label() {
        return label;
    }

    /** Whether nothing more will happen to the layer. */
    public boolean finished() {
        return this == DONE || this == ALREADY_EXISTS;
    }

    /**
     * The state an engine status line of a layer means ("Pulling fs layer", "Pushed", "Mounted from …"), or null
     * when the line is not about a layer's progress ("Pulling from …", "Digest: …").
     */
    public static LayerState fromEngineStatus(String status) {
        if (status == null) {
            return null;
        }
        String s = status.strip().toLowerCase(Locale.ROOT);
        if (s.equals("pulling fs layer") || s.equals("waiting") || s.equals("preparing")) {
            return WAITING;
        }
        if (s.equals("downloading")) {
            return DOWNLOADING;
        }
        if (s.equals("verifying checksum")) {
            return VERIFYING;
        }
        if (s.equals("download complete")) {
            return DOWNLOADED;
        }
        if (s.equals("extracting")) {
            return EXTRACTING;
        }
        if (s.equals("pushing")) {
            return PUSHING;
        }
        if (s.equals("pull complete") || s.equals("pushed")) {
            return DONE;
        }
        if (s.equals("already exists") || s.equals("layer already exists") || s.startsWith("mounted from")) {
            return ALREADY_EXISTS;
        }
        return null;
    }
}
