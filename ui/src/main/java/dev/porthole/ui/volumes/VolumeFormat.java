package dev.porthole.ui.volumes;

import dev.porthole.model.VolumeSummary;
import dev.porthole.ui.containers.ContainerFormat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Pure formatting and parsing for the volumes page, testable without JavaFX. */
final class VolumeFormat {

    private VolumeFormat() {
    }

    /** Whether every word of the filter is in the volume's name, driver, labels or container names. */
    static boolean matches(VolumeSummary v, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String hay = (v.name() + " " + v.driver() + " " + labels(v.labels()) + " "
                + String.join(" ", v.containers())).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "a=1, b=2", sorted by name; empty for none. */
    static String labels(Map<String, String> labels) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(labels).forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k)
                .append(v.isEmpty() ? "" : "=" + v));
        return s.toString();
    }

    /** Bytes as "12.3 MB", or "—" when the engine does not know. */
    static String size(long bytes) {
        return bytes < 0 ? "—" : ContainerFormat.bytes(bytes);
    }

    /** "—", or the container names. */
    static String containers(List<String> names) {
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    /** Labels typed as "name=value" separated by commas or new lines; a bare name gets an empty value. */
    static Map<String, String> parseLabels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null) {
            return labels;
        }
        for (String part : text.split("[,\\n]")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String key = (eq < 0 ? p : p.substring(0, eq)).trim();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("A label needs a name before “=”: " + p);
            }
            labels.put(key, eq < 0 ? "" : p.substring(eq + 1).trim());
        }
        return labels;
    }

    /** One line of the prune preview: "name — 12.3 MB". */
    static String pruneItem(VolumeSummary v) {
        return v.name() + " — " + size(v.size());
    }

    /** The bytes a prune of these volumes frees (unknown sizes count as nothing). */
    static long reclaimable(List<VolumeSummary> volumes) {
        return volumes.stream().mapToLong(v -> Math.max(0, v.size())).sum();
    }
}
