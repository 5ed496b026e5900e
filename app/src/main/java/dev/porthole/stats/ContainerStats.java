package dev.porthole.stats;

import java.time.Instant;

/**
 * A container's resource use at one moment, as {@code docker stats} shows it. Rates are NaN when there is no
 * earlier sample to take a delta from.
 *
 * @param at              when the engine read the counters
 * @param cpuPercent      CPU use, 100 per fully used CPU
 * @param memoryUsed      memory used less page cache, bytes
 * @param memoryLimit     the memory limit (the host's memory when none is set), bytes
 * @param memoryPercent   memoryUsed of memoryLimit, 0–100
 * @param netRxPerSecond  bytes received per second
 * @param netTxPerSecond  bytes sent per second
 * @param blockReadPerSecond  bytes read from block devices per second
 * @param blockWritePerSecond bytes written to block devices per second
 * @param pids            processes and threads
 */
public record ContainerStats(Instant at, double cpuPercent, long memoryUsed, long memoryLimit, double memoryPercent,
                             double netRxPerSecond, double netTxPerSecond, double blockReadPerSecond,
                             double blockWritePerSecond, long pids) {
}
