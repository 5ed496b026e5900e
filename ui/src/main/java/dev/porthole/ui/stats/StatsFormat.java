package dev.porthole.ui.stats;

import dev.porthole.stats.ContainerStats;

import java.util.Locale;

/**
 * Stats as text, the way {@code docker stats} shows them: memory in binary units (MiB), I/O in decimal units (kB),
 * and "—" for a figure not known yet.
 */
public final class StatsFormat {

    private static final String[] BINARY = {"B", "KiB", "MiB", "GiB", "TiB"};
    private static final String[] DECIMAL = {"B", "kB", "MB", "GB", "TB"};

    private StatsFormat() {
    }

    /** "12.3%"; "—" when unknown. */
    public static String percent(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** Memory: "45.1 MiB". */
    public static String memory(long bytes) {
        return scaled(bytes, 1024, BINARY);
    }

    /** An I/O rate: "1.2 kB/s"; "—" when unknown. */
    public static String rate(double bytesPerSecond) {
        return Double.isNaN(bytesPerSecond) ? "—" : scaled(bytesPerSecond, 1000, DECIMAL) + "/s";
    }

    /** The compact table cell: "12.3% · 45.1 MiB". */
    public static String compact(ContainerStats s) {
        return s == null ? "" : percent(s.cpuPercent()) + " · " + memory(s.memoryUsed());
    }

    /** The detail line over the charts. */
    public static String summary(ContainerStats s) {
        if (s == null) {
            return "Waiting for the first sample…";
        }
        return "CPU " + percent(s.cpuPercent())
                + "   Memory " + memory(s.memoryUsed()) + " / " + memory(s.memoryLimit())
                + " (" + percent(s.memoryPercent()) + ")"
                + "   Net ↓ " + rate(s.netRxPerSecond()) + " ↑ " + rate(s.netTxPerSecond())
                + "   Block read " + rate(s.blockReadPerSecond()) + " write " + rate(s.blockWritePerSecond())
                + "   PIDs " + s.pids();
    }

    /** Seconds before the newest sample as "-4:00"; the newest itself is "now". */
    public static String ago(double secondsBefore) {
        long s = Math.round(secondsBefore);
        return s <= 0 ? "now" : String.format(Locale.ROOT, "-%d:%02d", s / 60, s % 60);
    }

    private static String scaled(double value, int base, String[] units) {
        double v = Math.max(0, value);
        int unit = 0;
        while (v >= base && unit < units.length - 1) {
            v /= base;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f %s", v, units[0])
                : String.format(Locale.ROOT, v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s", v, units[unit]);
    }
}
