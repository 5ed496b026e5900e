package dev.porthole.engine;

import java.nio.file.Path;

/**
 * A place an engine may answer, and where Porthole learnt of it.
 *
 * @param host      the address as the docker CLI writes it: unix:///var/run/docker.sock, tcp://host:2376,
 *                  npipe:////./pipe/docker_engine
 * @param source    where it came from: "DOCKER_HOST", "context:NAME", "default", "preferences"
 * @param tlsVerify whether TLS is used and the server verified
 * @param certPath  folder with ca.pem, cert.pem, key.pem, or null
 */
public record EngineEndpoint(String host, String source, boolean tlsVerify, Path certPath) {

    public static EngineEndpoint plain(String host, String source) {
        return new EngineEndpoint(host, source, false, null);
    }

    @Override
    public String toString() {
        return host + " (" + source + ")";
    }
}
