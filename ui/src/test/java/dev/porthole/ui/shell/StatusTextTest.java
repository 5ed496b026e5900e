package dev.porthole.ui.shell;

import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.ConnectionStatus.State;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.model.EngineInfo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTextTest {

    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private static final EngineInfo INFO = new EngineInfo("Docker Engine", "20.10.24", "1.41", "linux", "amd64",
            "unix:///var/run/docker.sock");

    @Test
    void connectedShowsEngineFactsAndNoDetail() {
        EngineEndpoint endpoint = EngineEndpoint.plain("unix:///var/run/docker.sock", "default");
        DiscoveryReport report = new DiscoveryReport(List.of(new CandidateResult(endpoint, true, INFO, null)),
                new CandidateResult(endpoint, true, INFO, null), "first default socket that answered", List.of());
        ConnectionStatus s = new ConnectionStatus(State.CONNECTED, INFO, null, report, 0, null);

        assertThat(StatusText.state(s)).isEqualTo("Connected");
        assertThat(StatusText.reason(s)).isEmpty();
        assertThat(StatusText.retryIn(s, NOW)).isEmpty();
        assertThat(StatusText.endpoint(s)).isEqualTo("unix:///var/run/docker.sock (default)");
        assertThat(StatusText.engine(INFO)).isEqualTo("Docker Engine 20.10.24");
        assertThat(StatusText.api(INFO)).isEqualTo("API 1.41");
    }

    @Test
    void disconnectedShowsReasonAndCountdown() {
        ConnectionStatus s = new ConnectionStatus(State.DISCONNECTED, INFO, "Connection refused", null, 2,
                NOW.plusMillis(4_400));

        assertThat(StatusText.state(s)).isEqualTo("Disconnected");
        assertThat(StatusText.stateStyle(s)).isEqualTo("disconnected");
        assertThat(StatusText.reason(s)).isEqualTo("Connection refused");
        assertThat(StatusText.retryIn(s, NOW)).isEqualTo("retrying in 4 s");
        assertThat(StatusText.retryIn(s, NOW.plusSeconds(5))).isEqualTo("retrying now");
        assertThat(StatusText.endpoint(s)).isEqualTo("unix:///var/run/docker.sock");
    }

    @Test
    void beforeAnyStatusItSaysStarting() {
        assertThat(StatusText.state(null)).isEqualTo("Starting…");
        assertThat(StatusText.reason(null)).isEmpty();
        assertThat(StatusText.retryIn(null, NOW)).isEmpty();
        assertThat(StatusText.engine(null)).isEmpty();
    }

    @Test
    void eachOsGetsItsOwnWayToStartAnEngine() {
        assertThat(EngineHelp.forOs("Linux")).extracting(EngineHelp.Step::command)
                .contains("sudo systemctl start docker", "systemctl --user start podman.socket");
        assertThat(EngineHelp.forOs("Mac OS X")).extracting(EngineHelp.Step::command).contains("colima start");
        assertThat(EngineHelp.forOs("Windows 11")).extracting(EngineHelp.Step::text)
                .anyMatch(t -> t.contains("Docker Desktop"));
    }
}
