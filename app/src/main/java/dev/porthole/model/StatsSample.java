package dev.porthole.model;

import java.time.Instant;

/**
 * One raw sample of a container's stats stream, with the counters {@code docker stats} computes from. Counters
 * the engine left out are 0; the page-cache fields are null when the engine's cgroup version lacks them.
 *
 * @param read              when the engine read the counters
 * @param cpuTotal          container CPU time used, ns (cpu_stats.cpu_usage.total_usage)
 * @param preCpuTotal       the same at the previous read (precpu_stats)
 * @param systemCpu         host CPU time, ns (cpu_stats.system_cpu_usage)
 * @param preSystemCpu      the same at the previous read
 * @param onlineCpus        online CPUs (online_cpus, else the length of percpu_usage)
 * @param memoryUsage       memory_stats.usage, bytes
 * @param memoryLimit       memory_stats.limit, bytes
 * @param totalInactiveFile memory_stats.stats.total_inactive_file (cgroup v1), or null
 * @param inactiveFile      memory_stats.stats.inactive_file (both versions), or null
 * @param cache             memory_stats.stats.cache (cgroup v1), or null
 * @param networkRx         bytes received, summed over the container's interfaces
 * @param networkTx         bytes sent, summed over the container's interfaces
 * @param blockRead         bytes read from block devices (io_service_bytes_recursive, op read)
 * @param blockWrite        bytes written to block devices (op write)
 * @param pids              processes and threads in the container
 */
public record StatsSample(Instant read, long cpuTotal, long preCpuTotal, long systemCpu, long preSystemCpu,
                          int onlineCpus, long memoryUsage, long memoryLimit, Long totalInactiveFile,
                          Long inactiveFile, Long cache, long networkRx, long networkTx, long blockRead,
                          long blockWrite, long pids) {
}
