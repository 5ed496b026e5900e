package dev.porthole.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.porthole.model.DiskUsage;
import dev.porthole.testing.TestEngines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Disk usage as Porthole reckons it equals what {@code docker system df} prints for the same engine (the CLI rounds
 * sizes to four digits, so sizes agree to that). Other tests change the engine meanwhile, so a comparison counts
 * only when the engine's numbers did not move between two reads around it.
 */
class DiskUsageIT {

    private static final List<String> KINDS = List.of("Images", "Containers", "Local Volumes", "Build Cache");
    private static Engine engine;

    @BeforeAll
    static void openEngine() {
        engine = TestEngines.assumeEngine();
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void diskUsageMatchesTheDockerCliSystemDf() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            DiskUsage before = engine.diskUsage();
            Map<String, JsonNode> cli = cliSystemDf();
            DiskUsage after = engine.diskUsage();
            if (!before.equals(after)) {
                Thread.sleep(500);
                continue;
            }
            List<DiskUsage.Usage> ours = List.of(after.images(), after.containers(), after.volumes(),
                    after.buildCache());
            for (int i = 0; i < KINDS.size(); i++) {
                JsonNode row = cli.get(KINDS.get(i));
                DiskUsage.Usage usage = ours.get(i);
                assertThat(usage.count()).as(KINDS.get(i) + " count").isEqualTo(row.path("TotalCount").asInt());
                assertThat(usage.active()).as(KINDS.get(i) + " active").isEqualTo(row.path("Active").asInt());
                assertThat((double) usage.size()).as(KINDS.get(i) + " size")
                        .isCloseTo(bytes(row.path("Size").asText()), within(rounding(usage.size())));
                assertThat((double) usage.reclaimable()).as(KINDS.get(i) + " reclaimable")
                        .isCloseTo(bytes(row.path("Reclaimable").asText()), within(rounding(usage.reclaimable())));
            }
            return;
        }
        throw new AssertionError("The engine's disk usage kept changing; no stable moment to compare");
    }

    /** The CLI prints four significant digits ("3.726MB"): half a unit in the last place, at least 1 byte. */
    private static double rounding(long bytes) {
        return Math.max(1, bytes * 0.0005 + 1);
    }

    /** "3.726MB (100%)", "0B", "12.3kB" → bytes (the CLI's decimal units). */
    static double bytes(String text) {
        String number = text.split(" ")[0];
        String unit = number.replaceAll("[0-9.]", "");
        double value = Double.parseDouble(number.substring(0, number.length() - unit.length()));
        return value * switch (unit) {
            case "B" -> 1d;
            case "kB" -> 1e3;
            case "MB" -> 1e6;
            case "GB" -> 1e9;
            case "TB" -> 1e12;
            default -> throw new IllegalArgumentException("unit " + unit + " in " + text);
        };
    }

    private static Map<String, JsonNode> cliSystemDf() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("docker", "system", "df", "--format", "{{json .}}").redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            String reason = "the docker CLI is not installed, so there is no system df to compare with";
            if (TestEngines.inCi()) {
                throw new AssertionError(reason + " (CI=true, so this fails instead of skipping)", e);
            }
            System.out.println("SKIPPED engine test: " + reason);
            Assumptions.abort(reason);
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, JsonNode> rows = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : out.lines().toList()) {
            JsonNode row = json.readTree(line);
            rows.put(row.path("Type").asText(), row);
        }
        return rows;
    }
}
