package dev.porthole.model;

import java.util.Locale;

/** A container's lifecycle state as the engine reports it, with what each state allows. */
public enum ContainerState {
    CREATED, RUNNING, PAUSED, RESTARTING, REMOVING, EXITED, DEAD, UNKNOWN;

    /** Parses the engine's lower-case state word ("running", "exited"…); unknown words map to UNKNOWN. */
    public static ContainerState parse(String s) {
        if (s == null || s.isBlank()) {
            return UNKNOWN;
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    public boolean canStart() {
        return this == CREATED || this == EXITED || this == DEAD;
    }

    public boolean canStop() {
        return this == RUNNING || this == RESTARTING || this == PAUSED;
    }

    public boolean canRestart() {
        return this == RUNNING || this == EXITED || this == CREATED || this == PAUSED;
    }

    public boolean canPause() {
        return this == RUNNING;
    }

    public boolean canUnpause() {
        return this == PAUSED;
    }

    public boolean canKill() {
        return this == RUNNING || this == RESTARTING || this == PAUSED;
    }

    /** Removing a container in this state needs force (the engine refuses otherwise). */
    public boolean needsForceToRemove() {
        return this == RUNNING || this == RESTARTING || this == PAUSED;
    }

    public boolean canRemove() {
        return this != REMOVING;
    }

    /** The lower-case word the engine and the CLI use. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
