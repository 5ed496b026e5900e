package dev.porthole.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a clean-up did.
 *
 * @param removed        the previewed items that went
 * @param failures       the previewed items that stayed, each with why (taken into use since the preview…)
 * @param spaceReclaimed bytes freed: the removed items' sizes (the engine's own count for build cache)
 */
public record CleanupResult(List<CleanupItem> removed, List<Failure> failures, long spaceReclaimed) {
    public CleanupResult {
        removed = removed == null ? List.of() : List.copyOf(removed);
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    /** An item that could not be removed, and the engine's reason. */
    public record Failure(CleanupItem item, String message) {
    }

    /** How many items of each kind went, in removal order. */
    public Map<CleanupKind, Integer> removedCounts() {
        Map<CleanupKind, Integer> counts = new EnumMap<>(CleanupKind.class);
        removed.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
        return counts;
    }
}
