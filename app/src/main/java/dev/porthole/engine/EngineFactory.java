package dev.porthole.engine;

import dev.porthole.model.EngineInfo;

/** Opens engines at endpoints. The docker-java one is {@code dev.porthole.engine.docker.DockerEngineFactory}. */
public interface EngineFactory {

    /** A client for the endpoint; cheap, no network until the first call. */
    Engine open(EngineEndpoint endpoint);

    /** Pings the endpoint and returns its facts, or throws an {@link EngineException} saying why it did not answer. */
    default EngineInfo probe(EngineEndpoint endpoint) {
        try (Engine engine = open(endpoint)) {
            return engine.info();
        }
    }
}
