package dev.porthole.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a clean-up should consider.
 *
 * @param kinds     the kinds chosen
 * @param allImages every image no container uses (true) or only dangling ones (false)
 * @param labels    only objects carrying all of these labels (an empty value: any value); empty: any object.
 *                  Build cache has no labels, so a request with labels never touches it.
 */
public record CleanupRequest(Set<CleanupKind> kinds, boolean allImages, Map<String, String> labels) {
    public CleanupRequest {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** Whether this kind was chosen. */
    public boolean includes(CleanupKind kind) {
        return kinds.contains(kind);
    }

    /** Whether an object with {@code objectLabels} passes the label restriction. */
    public boolean matches(Map<String, String> objectLabels) {
        Map<String, String> own = objectLabels == null ? Map.of() : objectLabels;
        return labels.entrySet().stream().allMatch(e -> e.getValue().isEmpty()
                ? own.containsKey(e.getKey()) : e.getValue().equals(own.get(e.getKey())));
    }
}
