package dev.porthole.ui.networks;

import dev.porthole.model.NetworkSummary;

import java.util.List;
import java.util.Locale;

/** Pure formatting for the networks page, testable without JavaFX. */
final class NetworkFormat {

    private NetworkFormat() {
    }

    /** Whether every word of the filter is in the network's name, id, driver, subnet or container names. */
    static boolean matches(NetworkSummary n, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String hay = (n.name() + " " + n.id() + " " + n.driver() + " " + n.scope() + " "
                + String.join(" ", n.subnets()) + " " + String.join(" ", n.containers())).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "10.0.0.0/24 via 10.0.0.1", several joined by ", "; "—" for none. */
    static String addressing(NetworkSummary n) {
        if (n.subnets().isEmpty()) {
            return "—";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n.subnets().size(); i++) {
            s.append(i == 0 ? "" : ", ").append(n.subnets().get(i));
            if (i < n.gateways().size()) {
                s.append(" via ").append(n.gateways().get(i));
            }
        }
        return s.toString();
    }

    /** "bridge", "bridge · internal". */
    static String driver(NetworkSummary n) {
        return n.driver() + (n.internal() ? " · internal" : "");
    }

    /** "—", or the container names. */
    static String containers(List<String> names) {
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    /** Why the network cannot be removed, or null when it can. */
    static String removalBlocker(NetworkSummary n) {
        if (n.predefined()) {
            return "The " + n.name() + " network comes with the engine and cannot be removed.";
        }
        if (!n.containers().isEmpty()) {
            return (n.containers().size() == 1 ? "Container " : "Containers ") + String.join(", ", n.containers())
                    + (n.containers().size() == 1 ? " is" : " are") + " attached to " + n.name()
                    + ". Disconnect " + (n.containers().size() == 1 ? "it" : "them") + " first.";
        }
        return null;
    }
}
