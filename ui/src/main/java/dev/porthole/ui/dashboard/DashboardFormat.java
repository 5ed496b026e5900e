package dev.porthole.ui.dashboard;

import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineFacts;
import dev.porthole.model.Ids;
import dev.porthole.ui.containers.ContainerFormat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Pure formatting for the dashboard, testable without JavaFX. */
final class DashboardFormat {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private DashboardFormat() {
    }

    /** The facts table: label → value, in display order. */
    static Map<String, String> facts(EngineFacts f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Engine", f.info().name());
        m.put("Version", f.info().version());
        m.put("API version", f.info().apiVersion());
        m.put("OS / arch", f.info().os() + " / " + f.info().arch());
        m.put("Kernel", f.kernel());
        m.put("Host", f.host());
        m.put("CPUs", Integer.toString(f.cpus()));
        m.put("Memory", ContainerFormat.bytes(f.memory()));
        m.put("Storage driver", f.storageDriver());
        m.put("Root dir", f.rootDir());
        m.put("Endpoint", f.info().endpoint());
        return m;
    }

    /** The name an event is about: its name attribute, else a short id. */
    static String subject(EngineEvent e) {
        String name = e.attributes().get("name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        return e.actorId() == null ? "" : e.actorId().matches("(sha256:)?[0-9a-f]{64}") ? Ids.shortId(e.actorId())
                : e.actorId();
    }

    /** "container start web" (plus the image for containers), without the time. */
    static String describe(EngineEvent e) {
        String action = e.action() == null ? "" : e.action();
        // exec events carry the command after a colon: keep only the verb
        int colon = action.indexOf(':');
        String verb = colon > 0 ? action.substring(0, colon) : action;
        String text = e.type() + " " + verb + " " + subject(e);
        String image = e.attributes().get("image");
        return e.isContainer() && image != null && !image.isBlank() ? text + " (" + image + ")" : text;
    }

    /** "14:03:05", local time. */
    static String clock(EngineEvent e, ZoneId zone) {
        return e.time() == null ? "" : CLOCK.format(e.time().atZone(zone));
    }

    /** Whether every word of the filter is in the event's description. */
    static boolean matches(EngineEvent e, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String hay = (describe(e) + " " + (e.action() == null ? "" : e.action())).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
