package dev.porthole.engine;

import dev.porthole.model.EngineInfo;

import java.time.Instant;

/**
 * The connection's state as the status bar and pages show it.
 *
 * @param state     connecting, connected or disconnected
 * @param info      the engine's facts while connected (and the last known ones after a drop), or null
 * @param reason    why it is disconnected (user-readable), or null
 * @param report    the last discovery report (what was tried), or null before the first search ends
 * @param attempt   reconnect attempts since the last success
 * @param nextRetry when the next attempt is due while disconnected, else null
 */
public record ConnectionStatus(State state, EngineInfo info, String reason, DiscoveryReport report, int attempt,
                               Instant nextRetry) {

    public enum State { CONNECTING, CONNECTED, DISCONNECTED }

    public boolean connected() {
        return state == State.CONNECTED;
    }
}
