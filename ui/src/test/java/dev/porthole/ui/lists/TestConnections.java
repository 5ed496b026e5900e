package dev.porthole.ui.lists;

import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.testing.TestEngines;

import java.util.List;

/** A real connection to the test engine, for page tests. */
public final class TestConnections {

    private TestConnections() {
    }

    /** A connection (not yet started) that finds only the test engine's endpoint. */
    public static SupervisedEngineConnection toTestEngine() {
        EngineEndpoint endpoint = TestEngines.dockerEndpoint();
        return new SupervisedEngineConnection(() -> discover(endpoint), TestEngines.factory());
    }

    private static DiscoveryReport discover(EngineEndpoint endpoint) {
        CandidateResult result;
        try {
            result = new CandidateResult(endpoint, true, TestEngines.factory().probe(endpoint), null);
        } catch (EngineException e) {
            result = new CandidateResult(endpoint, false, null, e.getMessage());
        }
        return new DiscoveryReport(List.of(result), result.reachable() ? result : null, "the test's engine",
                List.of());
    }
}
