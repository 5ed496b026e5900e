package dev.porthole.testing;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.docker.DockerEngineFactory;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;

/**
 * The real engines engine tests run against. Outside CI a missing engine skips the test with a printed reason;
 * with {@code CI=true} it fails it, so CI cannot pass by testing nothing.
 */
public final class TestEngines {

    /** The label every object a test creates carries (and cleanup looks for). */
    public static final String TEST_LABEL = "dev.porthole.test";

    /** Where the Podman service for tests listens, when it runs: e.g. unix:///tmp/porthole-podman.sock. */
    public static final String PODMAN_HOST_ENV = "PORTHOLE_PODMAN_HOST";

    private static final DockerEngineFactory FACTORY = new DockerEngineFactory();

    private TestEngines() {
    }

    /** The factory engine tests use. */
    public static DockerEngineFactory factory() {
        return FACTORY;
    }

    /** Whether this run is CI (env CI=true), where a missing engine fails instead of skipping. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The Docker endpoint: DOCKER_HOST (with DOCKER_TLS_VERIFY / DOCKER_CERT_PATH) or the default socket. */
    public static EngineEndpoint dockerEndpoint() {
        String host = System.getenv("DOCKER_HOST");
        if (host == null || host.isBlank()) {
            return EngineEndpoint.plain("unix:///var/run/docker.sock", "default");
        }
        String tls = System.getenv("DOCKER_TLS_VERIFY");
        boolean tlsVerify = tls != null && !tls.isBlank() && !tls.equals("0");
        String certPath = System.getenv("DOCKER_CERT_PATH");
        return new EngineEndpoint(host, "DOCKER_HOST", tlsVerify,
                certPath == null || certPath.isBlank() ? null : Path.of(certPath));
    }

    /** An open engine at {@link #dockerEndpoint()} that has answered; skips (or fails in CI) when none does. */
    public static Engine assumeEngine() {
        return answering(dockerEndpoint(), inCi());
    }

    /**
     * An open engine at {@code PORTHOLE_PODMAN_HOST} that has answered. Skips when the variable is unset; when it
     * is set but nothing answers, fails in CI and skips elsewhere.
     */
    public static Engine podman() {
        String host = System.getenv(PODMAN_HOST_ENV);
        if (host == null || host.isBlank()) {
            skip(PODMAN_HOST_ENV + " is not set, so there is no Podman service to test against"
                    + " (start one with: podman system service --time=0 unix:///tmp/porthole-podman.sock)");
        }
        return answering(EngineEndpoint.plain(host, PODMAN_HOST_ENV), inCi());
    }

    private static Engine answering(EngineEndpoint endpoint, boolean mustAnswer) {
        Engine engine = FACTORY.open(endpoint);
        try {
            // a list rather than info(): Podman's version call takes seconds
            engine.listContainers(false);
            return engine;
        } catch (EngineException e) {
            engine.close();
            String reason = "No engine answers at " + endpoint + ": " + e.getMessage();
            if (mustAnswer) {
                Assertions.fail(reason + " (CI=true, so this fails instead of skipping)");
            }
            skip(reason);
            return null; // not reached
        }
    }

    private static void skip(String reason) {
        System.out.println("SKIPPED engine test: " + reason);
        Assumptions.abort(reason);
    }
}
