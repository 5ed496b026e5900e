package dev.porthole.engine;

import dev.porthole.model.EngineInfo;

/**
 * What happened when Porthole tried one candidate endpoint.
 *
 * @param endpoint  the candidate
 * @param reachable whether it answered a ping
 * @param info      the engine's facts when it answered, else null
 * @param error     why it did not answer (a user-readable sentence), else null
 */
public record CandidateResult(EngineEndpoint endpoint, boolean reachable, EngineInfo info, String error) {
}
