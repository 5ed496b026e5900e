package dev.porthole.ui.dashboard;

import dev.porthole.model.EngineEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardFormatTest {

    private final EngineEvent start = new EngineEvent("container", "start", "f".repeat(64),
            Map.of("name", "web", "image", "nginx:1"), Instant.parse("2026-01-02T03:04:05Z"));
    private final EngineEvent exec = new EngineEvent("container", "exec_start: sh -c ls", "f".repeat(64),
            Map.of(), Instant.parse("2026-01-02T03:04:05Z"));

    @Test
    void containerEventsNameTheContainerAndItsImage() {
        assertThat(DashboardFormat.describe(start)).isEqualTo("container start web (nginx:1)");
    }

    @Test
    void execEventsKeepTheVerbAndFallBackToAShortId() {
        assertThat(DashboardFormat.describe(exec)).isEqualTo("container exec_start ffffffffffff");
    }

    @Test
    void filterMatchesTypeActionAndName() {
        assertThat(DashboardFormat.matches(start, "container web")).isTrue();
        assertThat(DashboardFormat.matches(start, "volume")).isFalse();
        assertThat(DashboardFormat.clock(start, java.time.ZoneOffset.UTC)).isEqualTo("03:04:05");
    }
}
