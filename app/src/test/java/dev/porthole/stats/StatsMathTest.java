package dev.porthole.stats;

import dev.porthole.model.StatsSample;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StatsMathTest {

    private static StatsSample memory(long usage, Long totalInactive, Long inactive, Long cache) {
        return new StatsSample(Instant.EPOCH, 0, 0, 0, 0, 1, usage, 1000, totalInactive, inactive, cache,
                0, 0, 0, 0, 0);
    }

    @Test
    void cpuIsZeroWhenTheSystemDeltaIsNotPositive() {
        StatsSample s = new StatsSample(Instant.EPOCH, 200, 100, 500, 500, 2, 0, 0, null, null, null, 0, 0, 0, 0, 0);
        assertThat(StatsMath.cpuPercent(s)).isZero();
    }

    @Test
    void cacheAtOrAboveUsageIsIgnoredAsTheCliDoes() {
        assertThat(StatsMath.memoryUsed(memory(100, 150L, null, null))).isEqualTo(100);
        assertThat(StatsMath.memoryUsed(memory(100, null, 100L, null))).isEqualTo(100);
    }

    @Test
    void olderEnginesWithOnlyCacheFallBackToUsageLessCache() {
        assertThat(StatsMath.memoryUsed(memory(100, null, null, 30L))).isEqualTo(70);
    }

    @Test
    void cgroupV1TotalInactiveFileWinsOverInactiveFile() {
        assertThat(StatsMath.memoryUsed(memory(100, 40L, 10L, 50L))).isEqualTo(60);
    }

    @Test
    void ratesOfAResetCounterAreZeroAndWithoutTimeUnknown() {
        assertThat(StatsMath.perSecond(500, 100, Duration.ofSeconds(1))).isZero();
        assertThat(StatsMath.perSecond(0, 100, Duration.ZERO)).isNaN();
        assertThat(StatsMath.perSecond(0, 1000, Duration.ofMillis(500))).isEqualTo(2000);
        // an engine's zero time against now does not overflow
        assertThat(StatsMath.perSecond(0, 1000, Duration.between(Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("2026-11-27T12:00:00Z")))).isPositive();
    }

    @Test
    void anEngineThatLeavesPrecpuEmptyGetsDeltasFromTheStreamsPreviousSample() {
        StatsCalculator calculator = new StatsCalculator();
        StatsSample first = new StatsSample(Instant.EPOCH, 1_000, 0, 10_000, 0, 2, 0, 0, null, null, null, 0, 0, 0, 0, 0);
        StatsSample second = new StatsSample(Instant.EPOCH.plusSeconds(1), 1_500, 0, 12_000, 0, 2, 0, 0, null, null,
                null, 0, 0, 0, 0, 0);
        assertThat(calculator.next(first).cpuPercent()).isNaN();
        // (1500 − 1000) / (12000 − 10000) × 2 × 100
        assertThat(calculator.next(second).cpuPercent()).isEqualTo(50.0);
    }
}
