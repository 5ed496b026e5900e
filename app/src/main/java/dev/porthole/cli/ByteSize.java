package dev.porthole.cli;

import java.util.Locale;
import java.util.Map;

/** Byte counts as dive reads and writes them (go-humanize): "20MB" is 20,000,000 bytes, "20MiB" 20,971,520. */
final class ByteSize {

    private static final Map<String, Double> UNITS = Map.ofEntries(
            Map.entry("", 1d), Map.entry("b", 1d),
            Map.entry("k", 1e3), Map.entry("kb", 1e3), Map.entry("ki", 0x1p10), Map.entry("kib", 0x1p10),
            Map.entry("m", 1e6), Map.entry("mb", 1e6), Map.entry("mi", 0x1p20), Map.entry("mib", 0x1p20),
            Map.entry("g", 1e9), Map.entry("gb", 1e9), Map.entry("gi", 0x1p30), Map.entry("gib", 0x1p30),
            Map.entry("t", 1e12), Map.entry("tb", 1e12), Map.entry("ti", 0x1p40), Map.entry("tib", 0x1p40),
            Map.entry("p", 1e15), Map.entry("pb", 1e15), Map.entry("pi", 0x1p50), Map.entry("pib", 0x1p50),
            Map.entry("e", 1e18), Map.entry("eb", 1e18), Map.entry("ei", 0x1p60), Map.entry("eib", 0x1p60));

    private static final String[] SI = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private ByteSize() {
    }

    /**
     * Parses "20MB", "1.5 GiB", "1000" (bytes); units are case-insensitive.
     *
     * @throws IllegalArgumentException when it is not a byte size
     */
    static long parse(String text) {
        String s = text.strip().replace(",", "");
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
            i++;
        }
        String number = s.substring(0, i);
        String unit = s.substring(i).strip().toLowerCase(Locale.ROOT);
        Double factor = UNITS.get(unit);
        if (number.isEmpty() || factor == null) {
            throw new IllegalArgumentException("\"" + text + "\" is not a byte size (say 20MB, 1.5GiB or 1000)");
        }
        double value;
        try {
            value = Double.parseDouble(number) * factor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a byte size (say 20MB, 1.5GiB or 1000)", e);
        }
        if (value >= 0x1p63) {
            throw new IllegalArgumentException("\"" + text + "\" is too large a byte size");
        }
        return (long) value;
    }

    /** "7.0 kB", "20 MB", "512 B": SI units with a decimal below 10, as dive (go-humanize) prints them. */
    static String format(long bytes) {
        if (bytes < 10) {
            return bytes + " B";
        }
        int e = (int) Math.floor(Math.log(bytes) / Math.log(1000));
        e = Math.min(e, SI.length - 1);
        double value = Math.floor(bytes / Math.pow(1000, e) * 10 + 0.5) / 10;
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, SI[e]);
    }
}
