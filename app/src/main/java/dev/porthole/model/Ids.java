package dev.porthole.model;

/** Formatting of engine ids. */
public final class Ids {
    private Ids() {
    }

    /** The 12-hex-character id the docker CLI shows, without any "sha256:" prefix. */
    public static String shortId(String id) {
        if (id == null) {
            return "";
        }
        String s = id.startsWith("sha256:") ? id.substring(7) : id;
        return s.length() > 12 ? s.substring(0, 12) : s;
    }
}
