package dev.porthole.ui.containers;

import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;

import java.util.Locale;

/** Which containers the list shows: the filter text and the running/all toggle. Pure, tested alone. */
public record ContainerFilter(String text, boolean showAll) {

    /** Whether the container shows: running (or all), and the text found in its name or image, or its id starts so. */
    public boolean matches(ContainerSummary c) {
        if (!showAll && c.state() != ContainerState.RUNNING) {
            return false;
        }
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return true;
        }
        return lower(c.name()).contains(q) || lower(c.image()).contains(q) || lower(c.id()).startsWith(q);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
