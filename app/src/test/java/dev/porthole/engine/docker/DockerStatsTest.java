package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.Statistics;
import dev.porthole.model.StatsSample;
import dev.porthole.stats.ContainerStats;
import dev.porthole.stats.StatsCalculator;
import dev.porthole.stats.StatsMath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * docker stats' formulas on recorded engine JSON: cgroup v1 recorded from Docker 20.10 on this project's VMs (a
 * busybox container writing and reading a file), cgroup v2 written after the Engine API's ContainerStats example.
 */
class DockerStatsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static StatsSample sample(String name) throws IOException {
        try (InputStream in = DockerStatsTest.class.getResourceAsStream("/dev/porthole/stats/" + name)) {
            return DockerStats.toSample(JSON.readValue(in, Statistics.class));
        }
    }

    @Test
    void cgroupV1CpuPercentIsTheCpuDeltaOverTheSystemDeltaTimesOnlineCpus() throws IOException {
        StatsSample s = sample("cgroup-v1-second.json");
        assertThat(s.onlineCpus()).isEqualTo(2);
        // (545680012 − 465178866) / (7330930000000 − 7328890000000) × 2 × 100
        assertThat(StatsMath.cpuPercent(s)).isCloseTo(80501146.0 / 2040000000.0 * 200, within(1e-9))
                .isCloseTo(7.892, within(0.001));
    }

    @Test
    void cgroupV1MemoryLeavesOutTotalInactiveFile() throws IOException {
        StatsSample s = sample("cgroup-v1-second.json");
        assertThat(s.totalInactiveFile()).isEqualTo(4194304L);
        assertThat(StatsMath.memoryUsed(s)).isEqualTo(5152768L - 4194304L);
        assertThat(s.memoryLimit()).isEqualTo(25276026880L);
        assertThat(s.pids()).isEqualTo(2);
    }

    @Test
    void firstSampleOfAStreamHasNoPrecpuAndNoRates() throws IOException {
        StatsSample first = sample("cgroup-v1-first.json");
        assertThat(first.preSystemCpu()).isZero();
        ContainerStats stats = new StatsCalculator().next(first);
        // the CLI's formula would show the lifetime average here; there is no delta yet, so: not known
        assertThat(stats.cpuPercent()).isNaN();
        assertThat(stats.netRxPerSecond()).isNaN();
        assertThat(stats.blockWritePerSecond()).isNaN();
        assertThat(stats.memoryUsed()).isEqualTo(4890624L - 4194304L);
    }

    @Test
    void cgroupV1NetworkRateComesFromTheDeltaBetweenReads() throws IOException {
        StatsCalculator calculator = new StatsCalculator();
        calculator.next(sample("cgroup-v1-first.json"));
        ContainerStats second = calculator.next(sample("cgroup-v1-second.json"));
        // 586 − 516 bytes between 23:54:59.175462959 and 23:55:00.205079373
        assertThat(second.netRxPerSecond()).isCloseTo(70 / 1.029616414, within(1e-6));
        assertThat(second.netTxPerSecond()).isZero();
        assertThat(second.blockReadPerSecond()).isZero();
    }

    @Test
    void cgroupV2UsesInactiveFileAndReadsLowerCaseBlockOps() throws IOException {
        StatsSample s = sample("cgroup-v2-first.json");
        assertThat(s.totalInactiveFile()).isNull();
        assertThat(s.cache()).isNull();
        assertThat(StatsMath.memoryUsed(s)).isEqualTo(104_857_600L - 20_971_520L);
        assertThat(StatsMath.memoryPercent(StatsMath.memoryUsed(s), s.memoryLimit())).isCloseTo(15.625, within(1e-9));
        assertThat(s.blockRead()).isEqualTo(4_096_000L);
        assertThat(s.blockWrite()).isEqualTo(8_192_000L);
        assertThat(s.networkRx()).isEqualTo(2500L);
        assertThat(StatsMath.cpuPercent(s)).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void cgroupV2RatesOverTwoSecondsAcrossTwoInterfaces() throws IOException {
        StatsCalculator calculator = new StatsCalculator();
        calculator.next(sample("cgroup-v2-first.json"));
        ContainerStats s = calculator.next(sample("cgroup-v2-second.json"));
        assertThat(s.cpuPercent()).isCloseTo(50.0, within(1e-9));
        assertThat(s.netRxPerSecond()).isCloseTo(5000, within(1e-9));
        assertThat(s.netTxPerSecond()).isCloseTo(2500, within(1e-9));
        assertThat(s.blockReadPerSecond()).isCloseTo(500_000, within(1e-9));
        assertThat(s.blockWritePerSecond()).isCloseTo(1_000_000, within(1e-9));
        assertThat(s.pids()).isEqualTo(3);
    }
}
