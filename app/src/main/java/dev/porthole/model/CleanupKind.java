package dev.porthole.model;

/** What a system clean-up can remove, in the order it removes them (as the engine's system prune does). */
public enum CleanupKind {
    CONTAINERS("stopped container", "stopped containers"),
    NETWORKS("network", "networks"),
    VOLUMES("volume", "volumes"),
    IMAGES("image", "images"),
    BUILD_CACHE("build cache record", "build cache records");

    private final String one;
    private final String many;

    CleanupKind(String one, String many) {
        this.one = one;
        this.many = many;
    }

    /** "1 volume", "3 volumes". */
    public String count(long n) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The plural noun ("stopped containers"). */
    public String plural() {
        return many;
    }
}
