package dev.porthole.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Endpoints from the environment: DOCKER_HOST and its TLS variables, which win over contexts. */
class EngineLocatorEnvironmentTest extends EngineLocatorFixture {

    @Test
    void dockerHostWinsOverDockerContextAndCurrentContext() throws IOException {
        Path config = home.resolve(".docker");
        writeConfig(config, "{\"currentContext\": \"remote\"}");
        writeContext(config, "remote", "tcp://10.0.0.5:2375", false);
        writeContext(config, "colima", "unix:///colima.sock", false);
        env.put("DOCKER_CONTEXT", "colima");
        env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.endpoints().get(0))
                .isEqualTo(EngineEndpoint.plain("tcp://127.0.0.1:2375", "DOCKER_HOST"));
        // the overridden context is listed so doctor can say why it is not used, but it cannot be chosen
        assertThat(candidates.endpoints().get(1))
                .isEqualTo(EngineEndpoint.plain("unix:///colima.sock", "context:colima"));
        assertThat(candidates.choosable(candidates.endpoints().get(0))).isTrue();
        assertThat(candidates.choosable(candidates.endpoints().get(1))).isFalse();
        assertThat(candidates.choosable(candidates.endpoints().get(2))).isFalse();
        assertThat(candidates.explicit().why()).isEqualTo("DOCKER_HOST is set");
    }

    @Test
    void dockerTlsVerifyUsesDockerCertPath() {
        env.put("DOCKER_HOST", "tcp://remote:2376");
        env.put("DOCKER_TLS_VERIFY", "1");
        env.put("DOCKER_CERT_PATH", "/certs/remote");

        assertThat(locator().candidates().endpoints().getFirst())
                .isEqualTo(new EngineEndpoint("tcp://remote:2376", "DOCKER_HOST", true, Path.of("/certs/remote")));
    }

    @Test
    void dockerTlsVerifyWithoutCertPathUsesHomeDotDocker() {
        env.put("DOCKER_HOST", "tcp://remote:2376");
        env.put("DOCKER_TLS_VERIFY", "1");

        EngineEndpoint endpoint = locator().candidates().endpoints().getFirst();

        assertThat(endpoint.tlsVerify()).isTrue();
        assertThat(endpoint.certPath()).isEqualTo(home.resolve(".docker"));
    }

    @Test
    void dockerHostWithoutTlsVerifyIsPlainEvenWithACertPath() {
        env.put("DOCKER_HOST", "tcp://remote:2375");
        env.put("DOCKER_CERT_PATH", "/certs/remote");

        assertThat(locator().candidates().endpoints().getFirst())
                .isEqualTo(EngineEndpoint.plain("tcp://remote:2375", "DOCKER_HOST"));
    }

    @Test
    void emptyDockerHostCountsAsUnset() {
        env.put("DOCKER_HOST", "");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.explicit()).isNull();
        assertThat(candidates.endpoints()).allMatch(e -> e.source().equals("default"));
    }
}
