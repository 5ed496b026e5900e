package dev.porthole.engine;

import java.util.List;
import java.util.Optional;

/**
 * Everything the engine search considered, in order, and the one chosen (the first that answered).
 *
 * @param candidates every candidate with its outcome, in the order tried
 * @param chosen     the first reachable candidate, or null when none answered
 * @param reason     one sentence on why this one was chosen, or what was wrong when none was
 * @param problems   configuration problems met on the way (a malformed config.json…), each naming its file
 */
public record DiscoveryReport(List<CandidateResult> candidates, CandidateResult chosen, String reason,
                              List<String> problems) {
    public DiscoveryReport {
        candidates = List.copyOf(candidates);
        problems = List.copyOf(problems);
    }

    public Optional<CandidateResult> chosenResult() {
        return Optional.ofNullable(chosen);
    }
}
