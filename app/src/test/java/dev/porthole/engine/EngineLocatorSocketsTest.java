package dev.porthole.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The default sockets and pipe, tried when nothing names an engine. */
class EngineLocatorSocketsTest extends EngineLocatorFixture {

    @Test
    void defaultSocketsComeInOrderWithThePodmanUserSocketFromXdgRuntimeDir() {
        env.put("XDG_RUNTIME_DIR", "/run/user/1000");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.explicit()).isNull();
        assertThat(candidates.problems()).isEmpty();
        assertThat(hosts(candidates)).containsExactly(
                "unix:///var/run/docker.sock",
                "unix://" + home.resolve(".docker/run/docker.sock"),
                "unix://" + home.resolve(".docker/desktop/docker.sock"),
                "unix:///run/user/1000/podman/podman.sock",
                "unix:///run/podman/podman.sock",
                "unix://" + home.resolve(".colima/default/docker.sock"),
                "unix://" + home.resolve(".rd/docker.sock"),
                "unix://" + home.resolve(".orbstack/run/docker.sock"));
        assertThat(candidates.endpoints()).allMatch(e -> e.source().equals("default") && !e.tlsVerify());
    }

    @Test
    void podmanUserSocketIsLeftOutWithoutXdgRuntimeDir() {
        assertThat(hosts(locator().candidates())).hasSize(7).noneMatch(h -> h.contains("/run/user/"));
    }

    @Test
    void windowsUsesTheDockerEngineNamedPipe() {
        os = "Windows 11";

        assertThat(hosts(locator().candidates())).containsExactly("npipe:////./pipe/docker_engine");
    }
}
