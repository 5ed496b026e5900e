package dev.porthole.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The preview of a clean-up: exactly the objects it will remove, grouped by kind in removal order.
 *
 * @param request what was asked
 * @param items   the objects, by kind in {@link CleanupKind} order
 */
public record CleanupPlan(CleanupRequest request, List<CleanupItem> items) {
    public CleanupPlan {
        items = items == null ? List.of() : items.stream()
                .sorted(java.util.Comparator.comparing(CleanupItem::kind)).toList();
    }

    /** The items of one kind. */
    public List<CleanupItem> items(CleanupKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    /** How many items of each kind there are (kinds with none left out), in removal order. */
    public Map<CleanupKind, Integer> counts() {
        Map<CleanupKind, Integer> counts = new EnumMap<>(CleanupKind.class);
        items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
        return counts;
    }

    /** Bytes the removal frees, as far as the engine's disk usage data tells. */
    public long totalSize() {
        return items.stream().mapToLong(CleanupItem::size).sum();
    }

    /** Whether there is nothing to remove. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** "3 stopped containers, 2 images", or "nothing". */
    public String describe() {
        return describe(counts());
    }

    /** Counts per kind as words ("1 volume, 2 networks"), or "nothing". */
    public static String describe(Map<CleanupKind, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(kind.count(n)));
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }
}
