package dev.porthole.ui.containers;

import dev.porthole.model.ContainerState;
import dev.porthole.model.PortMapping;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How containers read on screen: pure functions, no JavaFX, so they are tested alone. */
public final class ContainerFormat {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final Comparator<PortMapping> PORT_ORDER = Comparator
            .comparing((PortMapping p) -> !p.isPublished())
            .thenComparingInt(PortMapping::publicPort)
            .thenComparingInt(PortMapping::privatePort)
            .thenComparing(p -> p.protocol() == null ? "" : p.protocol());

    private ContainerFormat() {
    }

    /** The CSS class that colours a state badge: state-running, state-exited… */
    public static String stateStyleClass(ContainerState state) {
        return "state-" + (state == null ? ContainerState.UNKNOWN : state).word();
    }

    /** Every class {@link #stateStyleClass} can return, to clear old ones from a reused cell. */
    public static List<String> allStateStyleClasses() {
        return java.util.Arrays.stream(ContainerState.values()).map(ContainerFormat::stateStyleClass).toList();
    }

    /** The word shown in a state badge: "Running", "Exited"… */
    public static String stateLabel(ContainerState state) {
        String word = (state == null ? ContainerState.UNKNOWN : state).word();
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * The ports to show, in order (published first, by host port), with the IPv4 and IPv6 bindings of one mapping
     * (which the engine lists twice) kept once.
     */
    public static List<PortMapping> displayPorts(List<PortMapping> ports) {
        Map<String, PortMapping> unique = new LinkedHashMap<>();
        ports.stream().sorted(PORT_ORDER).forEach(p -> unique.putIfAbsent(portLabel(p), p));
        return List.copyOf(unique.values());
    }

    /** One port as "8080→80/tcp" when published, else "80/tcp". */
    public static String portLabel(PortMapping p) {
        String inside = p.privatePort() + "/" + (p.protocol() == null ? "tcp" : p.protocol());
        return p.isPublished() ? p.publicPort() + "→" + inside : inside;
    }

    /** All ports as one line: "8080→80/tcp, 443/tcp". */
    public static String portsText(List<PortMapping> ports) {
        return displayPorts(ports).stream().map(ContainerFormat::portLabel).collect(Collectors.joining(", "));
    }

    /** Where a published port opens in a browser, or null for an unpublished or non-TCP one. */
    public static String portUrl(PortMapping p) {
        if (!p.isPublished() || (p.protocol() != null && !"tcp".equals(p.protocol()))) {
            return null;
        }
        return "http://localhost:" + p.publicPort();
    }

    /** "just now", "1 minute ago", "3 hours ago", "2 days ago", "5 months ago", "2 years ago". */
    public static String relativeTime(Instant then, Instant now) {
        if (then == null || then.equals(Instant.EPOCH)) {
            return "";
        }
        long s = Math.max(0, Duration.between(then, now).getSeconds());
        if (s < 45) {
            return "just now";
        }
        if (s < 3600) {
            return plural(Math.max(1, Math.round(s / 60.0)), "minute");
        }
        if (s < 86_400) {
            return plural(s / 3600, "hour");
        }
        if (s < 30L * 86_400) {
            return plural(s / 86_400, "day");
        }
        if (s < 365L * 86_400) {
            return plural(s / (30L * 86_400), "month");
        }
        return plural(s / (365L * 86_400), "year");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s") + " ago";
    }

    /** The exact time in the given zone: "2024-05-01 12:34:56". */
    public static String exactTime(Instant t, ZoneId zone) {
        return t == null ? "" : EXACT.format(t.atZone(zone));
    }

    /** The stale-data banner: "Disconnected — showing data from 12:34:56". */
    public static String staleBanner(Instant dataFrom, ZoneId zone) {
        return dataFrom == null
                ? "Disconnected — no data yet"
                : "Disconnected — showing data from " + CLOCK.format(dataFrom.atZone(zone));
    }

    /** Bytes the way the docker CLI counts them (powers of 1000): "0 B", "999 B", "12.3 MB". */
    public static String bytes(long n) {
        if (n < 1000) {
            return Math.max(0, n) + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double v = n;
        int u = -1;
        while (v >= 999.95 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
