package dev.porthole.ui.stats;

import dev.porthole.stats.ContainerStats;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StatsFormatTest {

    @Test
    void memoryInBinaryUnitsAndRatesInDecimalAsDockerStats() {
        assertThat(StatsFormat.memory(512)).isEqualTo("512 B");
        assertThat(StatsFormat.memory(958_464)).isEqualTo("936 KiB");
        assertThat(StatsFormat.memory(47_290_000)).isEqualTo("45.1 MiB");
        assertThat(StatsFormat.memory(25_276_026_880L)).isEqualTo("23.5 GiB");
        assertThat(StatsFormat.rate(1234)).isEqualTo("1.23 kB/s");
        assertThat(StatsFormat.rate(Double.NaN)).isEqualTo("—");
    }

    @Test
    void compactCellShowsCpuAndMemory() {
        ContainerStats s = new ContainerStats(Instant.EPOCH, 99.456, 47_290_000, 1L << 34, 0.3, 0, 0, 0, 0, 1);
        assertThat(StatsFormat.compact(s)).isEqualTo("99.5% · 45.1 MiB");
        assertThat(StatsFormat.compact(null)).isEmpty();
    }

    @Test
    void timeAxisCountsBackFromTheNewestSample() {
        assertThat(StatsFormat.ago(0)).isEqualTo("now");
        assertThat(StatsFormat.ago(60)).isEqualTo("-1:00");
        assertThat(StatsFormat.ago(299.6)).isEqualTo("-5:00");
    }
}
