package dev.porthole.ui.containers;

import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.PortMapping;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerFormatTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @Test
    void eachStateHasItsOwnStyleClassAndWord() {
        assertThat(ContainerFormat.stateStyleClass(ContainerState.RUNNING)).isEqualTo("state-running");
        assertThat(ContainerFormat.stateStyleClass(ContainerState.EXITED)).isEqualTo("state-exited");
        assertThat(ContainerFormat.stateStyleClass(null)).isEqualTo("state-unknown");
        assertThat(ContainerFormat.stateLabel(ContainerState.PAUSED)).isEqualTo("Paused");
        assertThat(ContainerFormat.allStateStyleClasses()).hasSize(ContainerState.values().length)
                .doesNotHaveDuplicates().contains("state-dead", "state-created");
    }

    @Test
    void publishedPortsShowHostArrowContainerAndComeFirstInPortOrder() {
        List<PortMapping> ports = List.of(
                new PortMapping(443, 0, null, "tcp"),
                new PortMapping(80, 8080, "0.0.0.0", "tcp"),
                new PortMapping(80, 8080, "::", "tcp"),
                new PortMapping(53, 5353, "0.0.0.0", "udp"),
                new PortMapping(22, 2222, "0.0.0.0", "tcp"));

        assertThat(ContainerFormat.portsText(ports)).isEqualTo("2222→22/tcp, 5353→53/udp, 8080→80/tcp, 443/tcp");
        assertThat(ContainerFormat.displayPorts(ports)).hasSize(4);
        assertThat(ContainerFormat.portsText(List.of())).isEmpty();
    }

    @Test
    void onlyPublishedTcpPortsHaveAUrl() {
        assertThat(ContainerFormat.portUrl(new PortMapping(80, 8080, "0.0.0.0", "tcp")))
                .isEqualTo("http://localhost:8080");
        assertThat(ContainerFormat.portUrl(new PortMapping(80, 0, null, "tcp"))).isNull();
        assertThat(ContainerFormat.portUrl(new PortMapping(53, 53, "0.0.0.0", "udp"))).isNull();
    }

    @Test
    void createdReadsAsRelativeTime() {
        assertThat(ContainerFormat.relativeTime(NOW.minusSeconds(5), NOW)).isEqualTo("just now");
        assertThat(ContainerFormat.relativeTime(NOW.minusSeconds(60), NOW)).isEqualTo("1 minute ago");
        assertThat(ContainerFormat.relativeTime(NOW.minus(Duration.ofMinutes(3)), NOW)).isEqualTo("3 minutes ago");
        assertThat(ContainerFormat.relativeTime(NOW.minus(Duration.ofHours(1)), NOW)).isEqualTo("1 hour ago");
        assertThat(ContainerFormat.relativeTime(NOW.minus(Duration.ofHours(5)), NOW)).isEqualTo("5 hours ago");
        assertThat(ContainerFormat.relativeTime(NOW.minus(Duration.ofDays(2)), NOW)).isEqualTo("2 days ago");
        assertThat(ContainerFormat.relativeTime(NOW.minus(Duration.ofDays(70)), NOW)).isEqualTo("2 months ago");
        assertThat(ContainerFormat.relativeTime(NOW.minus(Duration.ofDays(800)), NOW)).isEqualTo("2 years ago");
        assertThat(ContainerFormat.relativeTime(NOW.plusSeconds(30), NOW)).as("clock skew").isEqualTo("just now");
        assertThat(ContainerFormat.relativeTime(null, NOW)).isEmpty();
    }

    @Test
    void exactTimeAndStaleBannerUseTheGivenZone() {
        assertThat(ContainerFormat.exactTime(NOW, ZoneOffset.ofHours(2))).isEqualTo("2025-06-01 14:00:00");
        assertThat(ContainerFormat.staleBanner(NOW, ZoneOffset.UTC))
                .isEqualTo("Disconnected — showing data from 12:00:00");
    }

    @Test
    void bytesCountInPowersOfAThousand() {
        assertThat(ContainerFormat.bytes(0)).isEqualTo("0 B");
        assertThat(ContainerFormat.bytes(999)).isEqualTo("999 B");
        assertThat(ContainerFormat.bytes(1000)).isEqualTo("1.0 kB");
        assertThat(ContainerFormat.bytes(12_345_678)).isEqualTo("12.3 MB");
        assertThat(ContainerFormat.bytes(999_960)).isEqualTo("1.0 MB");
        assertThat(ContainerFormat.bytes(5_000_000_000L)).isEqualTo("5.0 GB");
    }

    @Test
    void filterMatchesNameImageOrIdPrefixAndHidesStoppedUnlessAll() {
        ContainerSummary web = summary("0123456789abcdef", "shop-web", "nginx:1.27", ContainerState.RUNNING);
        ContainerSummary db = summary("fedcba9876543210", "shop-db", "postgres:16", ContainerState.EXITED);

        assertThat(new ContainerFilter("WEB", true).matches(web)).isTrue();
        assertThat(new ContainerFilter("postgres", true).matches(db)).isTrue();
        assertThat(new ContainerFilter("0123", true).matches(web)).isTrue();
        assertThat(new ContainerFilter("3456", true).matches(web)).as("id matches by prefix only").isFalse();
        assertThat(new ContainerFilter("", true).matches(db)).isTrue();
        assertThat(new ContainerFilter("shop", false).matches(db)).isFalse();
        assertThat(new ContainerFilter("shop", false).matches(web)).isTrue();
    }

    private static ContainerSummary summary(String id, String name, String image, ContainerState state) {
        return new ContainerSummary(id, name, image, "sha256:1", "sh", state, "", List.of(), NOW, Map.of());
    }
}
