package dev.porthole.ui.shell;

import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.model.EngineInfo;

import java.time.Duration;
import java.time.Instant;

/** What the status bar says about a {@link ConnectionStatus}: plain functions, no JavaFX. */
public final class StatusText {

    private StatusText() {
    }

    /** "Connected", "Connecting…", "Disconnected"; "Starting…" before the first status. */
    public static String state(ConnectionStatus s) {
        if (s == null) {
            return "Starting…";
        }
        return switch (s.state()) {
            case CONNECTED -> "Connected";
            case CONNECTING -> "Connecting…";
            case DISCONNECTED -> "Disconnected";
        };
    }

    /** The style name of the state: connected, connecting or disconnected. */
    public static String stateStyle(ConnectionStatus s) {
        return s == null ? "connecting" : s.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Why it is not connected ("Connection refused"), or "" while connected or connecting. */
    public static String reason(ConnectionStatus s) {
        if (s == null || s.state() != ConnectionStatus.State.DISCONNECTED || s.reason() == null) {
            return "";
        }
        return s.reason().strip();
    }

    /** "retrying in 4 s" while a retry is due, "retrying now" when overdue, else "". */
    public static String retryIn(ConnectionStatus s, Instant now) {
        if (s == null || s.state() != ConnectionStatus.State.DISCONNECTED || s.nextRetry() == null) {
            return "";
        }
        long ms = Duration.between(now, s.nextRetry()).toMillis();
        if (ms <= 500) {
            return "retrying now";
        }
        return "retrying in " + Math.round(ms / 1000.0) + " s";
    }

    /** The endpoint in use or last tried, with where it came from: "unix:///var/run/docker.sock (default)". */
    public static String endpoint(ConnectionStatus s) {
        if (s == null) {
            return "";
        }
        DiscoveryReport r = s.report();
        if (r != null && r.chosen() != null) {
            return r.chosen().endpoint().toString();
        }
        if (s.info() != null && s.info().endpoint() != null) {
            return s.info().endpoint();
        }
        if (r != null && !r.candidates().isEmpty()) {
            CandidateResult first = r.candidates().getFirst();
            return first.endpoint().toString();
        }
        return "";
    }

    /** "Docker Engine 20.10.24", or "" when not known. */
    public static String engine(EngineInfo info) {
        if (info == null) {
            return "";
        }
        String name = info.name() == null || info.name().isBlank() ? "Engine" : info.name().strip();
        return info.version() == null ? name : name + " " + info.version();
    }

    /** "API 1.41", or "" when not known. */
    public static String api(EngineInfo info) {
        return info == null || info.apiVersion() == null ? "" : "API " + info.apiVersion();
    }
}
