package dev.porthole.model;

import java.util.List;

/**
 * What a prune removed.
 *
 * @param removed        names (or ids) of what went
 * @param spaceReclaimed bytes freed
 */
public record PruneResult(List<String> removed, long spaceReclaimed) {
    public PruneResult {
        removed = removed == null ? List.of() : List.copyOf(removed);
    }
}
