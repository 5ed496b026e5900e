package dev.porthole.stats;

import dev.porthole.model.StatsSample;

import java.time.Duration;

/**
 * The formulas of the docker CLI's {@code stats} command (cli/command/container/stats_helpers.go), as pure
 * functions of raw samples.
 */
public final class StatsMath {

    private StatsMath() {
    }

    /**
     * CPU %: (Δ container CPU / Δ system CPU) × online CPUs × 100, the deltas taken against the sample's own
     * precpu fields; 0 when either delta is not positive (as the CLI).
     */
    public static double cpuPercent(StatsSample s) {
        double cpuDelta = (double) s.cpuTotal() - (double) s.preCpuTotal();
        double systemDelta = (double) s.systemCpu() - (double) s.preSystemCpu();
        if (systemDelta > 0 && cpuDelta > 0) {
            return cpuDelta / systemDelta * s.onlineCpus() * 100.0;
        }
        return 0.0;
    }

    /**
     * Memory used less page cache: usage − total_inactive_file on cgroup v1, usage − inactive_file on cgroup v2
     * (the current CLI); an engine that sends neither but v1's {@code cache} gets usage − cache (the older CLI).
     * A cache figure not below usage is ignored, as the CLI does.
     */
    public static long memoryUsed(StatsSample s) {
        long usage = s.memoryUsage();
        if (s.totalInactiveFile() != null) {
            // cgroup v1 reports total_* fields; it wins even when inactive_file is present too
            return s.totalInactiveFile() < usage ? usage - s.totalInactiveFile() : usage;
        }
        if (s.inactiveFile() != null) {
            return s.inactiveFile() < usage ? usage - s.inactiveFile() : usage;
        }
        if (s.cache() != null && s.cache() < usage) {
            return usage - s.cache();
        }
        return usage;
    }

    /** Used of limit in percent; 0 without a limit. */
    public static double memoryPercent(long used, long limit) {
        return limit > 0 ? used * 100.0 / limit : 0.0;
    }

    /** Bytes per second between two readings of a counter; NaN without time between them, 0 when it was reset. */
    public static double perSecond(long before, long after, Duration between) {
        // not toNanos(): it overflows on an engine's zero time (year 1) against now
        double seconds = between.getSeconds() + between.getNano() / 1e9;
        if (seconds <= 0) {
            return Double.NaN;
        }
        // a counter that went down was reset (container restarted): no rate rather than a negative one
        return after >= before ? (after - before) / seconds : 0.0;
    }
}
