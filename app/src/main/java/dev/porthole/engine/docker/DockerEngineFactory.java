package dev.porthole.engine.docker;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineFactory;

/** Opens {@link DockerEngine}s: docker-java on the httpclient5 transport, for Docker and Podman alike. */
public final class DockerEngineFactory implements EngineFactory {

    /** A factory with the default timeouts. */
    public DockerEngineFactory() {
    }

    /** A client for the endpoint; it connects and negotiates the API version on its first call. */
    @Override
    public Engine open(EngineEndpoint endpoint) {
        return new DockerEngine(endpoint);
    }
}
