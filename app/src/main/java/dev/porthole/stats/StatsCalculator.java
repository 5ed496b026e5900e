package dev.porthole.stats;

import dev.porthole.model.StatsSample;

import java.time.Duration;

/**
 * Turns one stream's samples into {@link ContainerStats}, keeping the previous sample for the I/O rates (and for
 * CPU when the engine leaves precpu empty). One per stream, used by the stream's thread only.
 */
public final class StatsCalculator {

    private StatsSample previous;

    /** The stats of this sample; rates are NaN for the first sample of the stream. */
    public ContainerStats next(StatsSample s) {
        long used = StatsMath.memoryUsed(s);
        double rx = Double.NaN;
        double tx = Double.NaN;
        double read = Double.NaN;
        double write = Double.NaN;
        if (previous != null && previous.read() != null && s.read() != null) {
            Duration between = Duration.between(previous.read(), s.read());
            rx = StatsMath.perSecond(previous.networkRx(), s.networkRx(), between);
            tx = StatsMath.perSecond(previous.networkTx(), s.networkTx(), between);
            read = StatsMath.perSecond(previous.blockRead(), s.blockRead(), between);
            write = StatsMath.perSecond(previous.blockWrite(), s.blockWrite(), between);
        }
        StatsSample forCpu = withPreCpu(s);
        double cpu = forCpu == null ? Double.NaN : StatsMath.cpuPercent(forCpu);
        previous = s;
        return new ContainerStats(s.read(), cpu, used, s.memoryLimit(),
                StatsMath.memoryPercent(used, s.memoryLimit()), rx, tx, read, write, s.pids());
    }

    /**
     * The sample with usable precpu fields. The first sample of a stream comes with them empty, where the CLI's
     * formula would give the container's lifetime average; then this stream's previous sample stands in (an
     * engine that never fills them still gets deltas), and without one the CPU % is NaN (not known yet).
     */
    private StatsSample withPreCpu(StatsSample s) {
        if (s.preSystemCpu() > 0) {
            return s;
        }
        if (previous == null) {
            return null;
        }
        return new StatsSample(s.read(), s.cpuTotal(), previous.cpuTotal(), s.systemCpu(), previous.systemCpu(),
                s.onlineCpus(), s.memoryUsage(), s.memoryLimit(), s.totalInactiveFile(), s.inactiveFile(), s.cache(),
                s.networkRx(), s.networkTx(), s.blockRead(), s.blockWrite(), s.pids());
    }
}
