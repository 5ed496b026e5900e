package dev.porthole.engine.docker;

import com.github.dockerjava.api.model.BlkioStatEntry;
import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.StatisticNetworksConfig;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.StatsConfig;
import dev.porthole.model.StatsSample;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** docker-java's {@link Statistics} as the app's raw {@link StatsSample}: fields left out become 0 or null. */
final class DockerStats {

    private DockerStats() {
    }

    /** The counters {@code docker stats} uses, taken from one sample of the engine's stats stream. */
    static StatsSample toSample(Statistics s) {
        CpuStatsConfig cpu = s.getCpuStats();
        CpuStatsConfig pre = s.getPreCpuStats();
        MemoryStatsConfig memory = s.getMemoryStats();
        StatsConfig memoryStats = memory == null ? null : memory.getStats();
        long[] network = network(s.getNetworks());
        long[] block = block(s.getBlkioStats() == null ? null : s.getBlkioStats().getIoServiceBytesRecursive());
        return new StatsSample(instant(s.getRead()),
                cpuTotal(cpu), cpuTotal(pre), systemCpu(cpu), systemCpu(pre), onlineCpus(cpu),
                memory == null ? 0 : orZero(memory.getUsage()), memory == null ? 0 : orZero(memory.getLimit()),
                memoryStats == null ? null : memoryStats.getTotalInactiveFile(),
                memoryStats == null ? null : memoryStats.getInactiveFile(),
                memoryStats == null ? null : memoryStats.getCache(),
                network[0], network[1], block[0], block[1],
                s.getPidsStats() == null ? 0 : orZero(s.getPidsStats().getCurrent()));
    }

    private static long cpuTotal(CpuStatsConfig c) {
        return c == null || c.getCpuUsage() == null ? 0 : orZero(c.getCpuUsage().getTotalUsage());
    }

    private static long systemCpu(CpuStatsConfig c) {
        return c == null ? 0 : orZero(c.getSystemCpuUsage());
    }

    /** online_cpus, else the number of per-CPU counters (older engines), as the CLI. */
    private static int onlineCpus(CpuStatsConfig c) {
        if (c == null) {
            return 0;
        }
        if (c.getOnlineCpus() != null && c.getOnlineCpus() > 0) {
            return c.getOnlineCpus().intValue();
        }
        List<Long> perCpu = c.getCpuUsage() == null ? null : c.getCpuUsage().getPercpuUsage();
        return perCpu == null ? 0 : perCpu.size();
    }

    private static long[] network(Map<String, StatisticNetworksConfig> networks) {
        long rx = 0;
        long tx = 0;
        if (networks != null) {
            for (StatisticNetworksConfig n : networks.values()) {
                rx += orZero(n.getRxBytes());
                tx += orZero(n.getTxBytes());
            }
        }
        return new long[]{rx, tx};
    }

    /** Read and write bytes summed over devices; cgroup v1 spells the ops "Read", v2 "read". */
    private static long[] block(List<BlkioStatEntry> entries) {
        long read = 0;
        long write = 0;
        if (entries != null) {
            for (BlkioStatEntry e : entries) {
                String op = e.getOp() == null ? "" : e.getOp().toLowerCase(Locale.ROOT);
                if (op.equals("read")) {
                    read += orZero(e.getValue());
                } else if (op.equals("write")) {
                    write += orZero(e.getValue());
                }
            }
        }
        return new long[]{read, write};
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant t = Instant.parse(text);
            // Go's zero time (0001-01-01T00:00:00Z) means "never read"
            return t.isBefore(Instant.EPOCH) ? null : t;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
