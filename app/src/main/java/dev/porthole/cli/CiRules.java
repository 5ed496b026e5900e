package dev.porthole.cli;

import dev.porthole.layers.Analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * dive's CI rules: lowest efficiency, highest wasted bytes, highest user wasted percent, each "disabled" or a
 * threshold. Thresholds come from dive's defaults, then a {@code .dive-ci} file, then command-line options.
 */
final class CiRules {

    static final String LOWEST_EFFICIENCY = "lowestEfficiency";
    static final String HIGHEST_WASTED_BYTES = "highestWastedBytes";
    static final String HIGHEST_USER_WASTED_PERCENT = "highestUserWastedPercent";

    /** dive's defaults. */
    static final Map<String, String> DEFAULTS = Map.of(LOWEST_EFFICIENCY, "0.9", HIGHEST_WASTED_BYTES, "disabled",
            HIGHEST_USER_WASTED_PERCENT, "0.1");

    /** How a rule came out. */
    enum Status { PASS, FAIL, SKIP }

    /** One rule's outcome: its key, status, and either its threshold or why it failed. */
    record Result(String key, Status status, String message) {
    }

    private final String lowestEfficiency;
    private final String highestWastedBytes;
    private final String highestUserWastedPercent;
    private final Double efficiencyThreshold;
    private final Long wastedBytesThreshold;
    private final Double userWastedThreshold;

    private CiRules(Map<String, String> values) {
        lowestEfficiency = values.get(LOWEST_EFFICIENCY);
        highestWastedBytes = values.get(HIGHEST_WASTED_BYTES);
        highestUserWastedPercent = values.get(HIGHEST_USER_WASTED_PERCENT);
        efficiencyThreshold = disabled(lowestEfficiency) ? null : ratio(LOWEST_EFFICIENCY, lowestEfficiency);
        wastedBytesThreshold = disabled(highestWastedBytes) ? null : bytes(highestWastedBytes);
        userWastedThreshold = disabled(highestUserWastedPercent) ? null
                : ratio(HIGHEST_USER_WASTED_PERCENT, highestUserWastedPercent);
    }

    /**
     * The rules from dive's defaults, overridden by {@code file} values (when given), overridden by {@code options}
     * (keys as in {@link #DEFAULTS}; null values are not given).
     *
     * @throws IllegalArgumentException when a value is not valid or the file cannot be read
     */
    static CiRules of(Path file, Map<String, String> options) {
        Map<String, String> values = new HashMap<>(DEFAULTS);
        if (file != null) {
            values.putAll(readDiveCi(file));
        }
        options.forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
            }
        });
        return new CiRules(values);
    }

    /** Evaluates every rule, in dive's report order (by name). */
    List<Result> evaluate(Analysis analysis) {
        List<Result> results = new ArrayList<>();
        if (userWastedThreshold == null) {
            results.add(new Result(HIGHEST_USER_WASTED_PERCENT, Status.SKIP, "disabled"));
        } else if (analysis.userWastedPercent() > userWastedThreshold) {
            results.add(new Result(HIGHEST_USER_WASTED_PERCENT, Status.FAIL, String.format(Locale.ROOT,
                    "too many bytes wasted, relative to the user bytes added (%%-user-wasted-bytes=%.2f > threshold=%s)",
                    analysis.userWastedPercent(), highestUserWastedPercent.strip())));
        } else {
            results.add(new Result(HIGHEST_USER_WASTED_PERCENT, Status.PASS, highestUserWastedPercent.strip()));
        }
        if (wastedBytesThreshold == null) {
            results.add(new Result(HIGHEST_WASTED_BYTES, Status.SKIP, "disabled"));
        } else if (analysis.wastedBytes() > wastedBytesThreshold) {
            results.add(new Result(HIGHEST_WASTED_BYTES, Status.FAIL, "too many bytes wasted (wasted-bytes="
                    + analysis.wastedBytes() + " > threshold=" + wastedBytesThreshold + ")"));
        } else {
            results.add(new Result(HIGHEST_WASTED_BYTES, Status.PASS, highestWastedBytes.strip()));
        }
        if (efficiencyThreshold == null) {
            results.add(new Result(LOWEST_EFFICIENCY, Status.SKIP, "disabled"));
        } else if (efficiencyThreshold > analysis.efficiency()) {
            results.add(new Result(LOWEST_EFFICIENCY, Status.FAIL, String.format(Locale.ROOT,
                    "image efficiency is too low (efficiency=%.2f < threshold=%s)", analysis.efficiency(),
                    lowestEfficiency.strip())));
        } else {
            results.add(new Result(LOWEST_EFFICIENCY, Status.PASS, lowestEfficiency.strip()));
        }
        return results;
    }

    /**
     * The rules of a dive {@code .dive-ci} file: the {@code key: value} lines under {@code rules:}. Also takes
     * dive's newer kebab-case keys; other keys (plugins…) are ignored. Only this flat YAML subset is read.
     */
    static Map<String, String> readDiveCi(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CI config " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> rules = new HashMap<>();
        boolean inRules = false;
        for (String raw : lines) {
            String line = stripComment(raw);
            if (line.isBlank() || line.strip().equals("---")) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (!indented) {
                inRules = line.strip().equals("rules:");
                continue;
            }
            int colon = line.indexOf(':');
            if (!inRules || colon < 0) {
                continue;
            }
            String key = canonicalKey(line.substring(0, colon).strip());
            if (key != null) {
                rules.put(key, unquote(line.substring(colon + 1).strip()));
            }
        }
        return rules;
    }

    private static String canonicalKey(String key) {
        return switch (key) {
            case LOWEST_EFFICIENCY, "lowest-efficiency" -> LOWEST_EFFICIENCY;
            case HIGHEST_WASTED_BYTES, "highest-wasted-bytes" -> HIGHEST_WASTED_BYTES;
            case HIGHEST_USER_WASTED_PERCENT, "highest-user-wasted-percent" -> HIGHEST_USER_WASTED_PERCENT;
            default -> null;
        };
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        // a comment starts a line or follows a space ("20MB # say"); a quoted "#" is not expected here
        while (hash > 0 && !Character.isWhitespace(line.charAt(hash - 1))) {
            hash = line.indexOf('#', hash + 1);
        }
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** dive: empty, "disabled", "off" or "false" turn a rule off. */
    private static boolean disabled(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return v.isEmpty() || v.equals("disabled") || v.equals("off") || v.equals("false");
    }

    private static double ratio(String key, String value) {
        double v;
        try {
            v = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid " + key + " value \"" + value + "\": give a ratio between 0"
                    + " and 1, or \"disabled\"", e);
        }
        if (v < 0 || v > 1) {
            throw new IllegalArgumentException(key + " is outside the allowed range 0-1: " + value.strip());
        }
        return v;
    }

    private static long bytes(String value) {
        try {
            return ByteSize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid " + HIGHEST_WASTED_BYTES + " value: " + e.getMessage(), e);
        }
    }
}
