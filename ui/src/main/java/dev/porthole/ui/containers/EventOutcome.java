package dev.porthole.ui.containers;

import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;

/**
 * Whether a container's list entry already shows what its last event did. Docker logs "die" before its container
 * list catches up (the list is a snapshot written after cleanup), so a refresh right after the event can still
 * read "running"; the model refreshes again until the entry agrees.
 */
final class EventOutcome {

    private EventOutcome() {
    }

    /**
     * @param action  the last event's action ("start", "die"…), or null when none is known
     * @param summary the container's entry as just listed, or null when it is gone
     */
    static boolean reflects(String action, ContainerSummary summary) {
        if (action == null) {
            return true;
        }
        if (summary == null) {
            return true; // gone: nothing newer to wait for
        }
        ContainerState state = summary.state();
        return switch (action) {
            case "destroy" -> false;
            case "start", "unpause", "restart" -> state == ContainerState.RUNNING
                    || state == ContainerState.RESTARTING;
            case "die", "stop" -> state != ContainerState.RUNNING && state != ContainerState.PAUSED;
            case "pause" -> state == ContainerState.PAUSED;
            default -> true;
        };
    }
}
