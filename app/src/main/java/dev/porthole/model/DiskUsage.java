package dev.porthole.model;

/**
 * The engine's disk usage (its /system/df), per kind of object, counted as the docker CLI's system df does.
 *
 * @param images     image layers
 * @param containers containers' writable layers
 * @param volumes    volumes
 * @param buildCache build cache
 */
public record DiskUsage(Usage images, Usage containers, Usage volumes, Usage buildCache) {

    /**
     * @param count       how many objects
     * @param active      how many are in use
     * @param size        bytes used
     * @param reclaimable bytes a prune of unused ones would free
     */
    public record Usage(int count, int active, long size, long reclaimable) {
    }

    /** Bytes used in all. */
    public long totalSize() {
        return images.size() + containers.size() + volumes.size() + buildCache.size();
    }

    /** Bytes reclaimable in all. */
    public long totalReclaimable() {
        return images.reclaimable() + containers.reclaimable() + volumes.reclaimable() + buildCache.reclaimable();
    }
}
