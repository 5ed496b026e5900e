package dev.porthole.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.layers.ImageArchiveWriter;
import dev.porthole.layers.ImageArchiveWriter.Layer;
import dev.porthole.layers.ImageArchiveWriter.Layout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code porthole layers} on archives built in the test: no engine needed. */
class LayersCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path archive;

    @BeforeEach
    void writeDivesExampleImage() throws IOException {
        archive = dir.resolve("nginx.tar");
        ImageArchiveWriter.of(Layout.DOCKER_SAVE).tag("example/nginx:1").write(archive, List.of(
                new Layer("/bin/sh -c #(nop) ADD file:abc in / ").file("/etc/nginx/nginx.conf", 2000)
                        .file("/etc/nginx/public", 3000),
                new Layer("/bin/sh -c tune").file("/etc/nginx/nginx.conf", 5000).file("/etc/athing", 10000),
                new Layer("/bin/sh -c rm -rf /etc/nginx").whiteout("/etc/nginx")));
    }

    @Test
    void jsonHasExactlyTheContractsKeysAndDivesNumbers() throws Exception {
        int exit = run("layers", archive.toString(), "--json");

        assertThat(exit).as("stderr: %s", err).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(fieldNames(json)).containsExactly("image", "sizeBytes", "userSizeBytes", "efficiency",
                "wastedBytes", "userWastedPercent", "layers", "inefficientFiles");
        assertThat(json.get("image").asText()).isEqualTo(archive.toString());
        assertThat(json.get("sizeBytes").asLong()).isEqualTo(20000);
        assertThat(json.get("userSizeBytes").asLong()).isEqualTo(15000);
        assertThat(json.get("efficiency").asDouble()).isEqualTo(0.75);
        assertThat(json.get("wastedBytes").asLong()).isEqualTo(7000);
        assertThat(json.get("userWastedPercent").asDouble()).isEqualTo(7000.0 / 15000);
        JsonNode layer = json.get("layers").get(1);
        assertThat(fieldNames(layer)).containsExactly("index", "digest", "command", "sizeBytes", "added", "modified",
                "removed");
        assertThat(layer.get("index").asInt()).isEqualTo(1);
        assertThat(layer.get("digest").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(layer.get("command").asText()).isEqualTo("tune");
        assertThat(layer.get("sizeBytes").asLong()).isEqualTo(15000);
        assertThat(List.of(layer.get("added").asInt(), layer.get("modified").asInt(), layer.get("removed").asInt()))
                .containsExactly(1, 1, 0);
        assertThat(json.get("layers").get(2).get("removed").asInt()).isEqualTo(2);
        JsonNode file = json.get("inefficientFiles").get(0);
        assertThat(fieldNames(file)).containsExactly("path", "count", "wastedBytes");
        assertThat(file.get("path").asText()).isEqualTo("/etc/nginx/nginx.conf");
        assertThat(file.get("count").asInt()).isEqualTo(2);
        assertThat(file.get("wastedBytes").asLong()).isEqualTo(7000);
        assertThat(json.get("inefficientFiles")).hasSize(1);
    }

    @Test
    void textReportShowsLayersAndWhyEachInefficientFileIsWasted() {
        int exit = run("layers", archive.toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("Image: " + archive + "  (tagged example/nginx:1)")
                .contains("Size: 20 kB in 3 layers (user size 15 kB)")
                .contains("Efficiency: 75.00 %")
                .contains("Wasted: 7.0 kB (7000 bytes), 46.67 % of the user size")
                .contains("ADD file:abc in /")
                .containsPattern("\\s+2\\s+7.0 kB\\s+/etc/nginx/nginx.conf")
                .containsPattern("2.0 kB\\s+layer 0 writes it: +ADD file:abc in /")
                .containsPattern("5.0 kB\\s+layer 1 writes it: +tune");
    }

    @Test
    void ciFailsOnDivesDefaultsAndPrintsEveryRule() {
        int exit = run("layers", archive.toString(), "--ci");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .contains("  FAIL  highestUserWastedPercent (too many bytes wasted, relative to the user bytes added"
                        + " (%-user-wasted-bytes=0.47 > threshold=0.1))")
                .contains("  SKIP  highestWastedBytes (disabled)")
                .contains("  FAIL  lowestEfficiency (image efficiency is too low (efficiency=0.75 < threshold=0.9))")
                .contains("FAIL [fail:2 skip:1]");
    }

    @Test
    void ciPassesWithLooserThresholdsGivenAsOptions() {
        int exit = run("layers", archive.toString(), "--ci", "--lowest-efficiency", "0.7",
                "--highest-user-wasted-percent", "0.5", "--highest-wasted-bytes", "20MB");

        assertThat(exit).as("stdout: %s", out).isZero();
        assertThat(out.toString()).contains("  PASS  highestWastedBytes (20MB)").contains("PASS [pass:3]");
    }

    @Test
    void ciReadsADiveCiFileAndOptionsOverrideIt() throws IOException {
        Path config = Files.writeString(dir.resolve(".dive-ci"), """
                ---
                plugins:
                  - plugin1
                rules:
                  # If the efficiency is measured below X%, mark as failed.
                  lowestEfficiency: 0.7
                  highestWastedBytes: 6kb   # in B, KB, MB and GB
                  highestUserWastedPercent: disabled
                  plugin1/rule1: error
                """);

        int failing = run("layers", archive.toString(), "--ci", "--ci-config", config.toString());
        String failed = out.toString();
        out.getBuffer().setLength(0);
        int passing = run("layers", archive.toString(), "--ci", "--ci-config", config.toString(),
                "--highest-wasted-bytes", "7000");

        assertThat(failing).isEqualTo(1);
        assertThat(failed).contains("  SKIP  highestUserWastedPercent (disabled)")
                .contains("  FAIL  highestWastedBytes (too many bytes wasted (wasted-bytes=7000 > threshold=6000))")
                .contains("  PASS  lowestEfficiency (0.7)");
        assertThat(passing).isZero();
    }

    @Test
    void ciWithJsonKeepsStdoutTheJsonAndPrintsTheVerdictOnStderr() throws Exception {
        int exit = run("layers", archive.toString(), "--json", "--ci");

        assertThat(exit).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(out.toString()).get("efficiency").asDouble()).isEqualTo(0.75);
        assertThat(err.toString()).contains("FAIL [fail:2 skip:1]");
    }

    @Test
    void anInvalidThresholdIsBadInput() {
        int exit = run("layers", archive.toString(), "--ci", "--lowest-efficiency", "1.5");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("porthole layers: lowestEfficiency is outside the allowed range 0-1: 1.5");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aCorruptArchiveIsBadInputWithAClearMessage() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.tar"), "not a tar at all\n".repeat(100));

        int exit = run("layers", junk.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("porthole layers: " + junk
                + " is not an image archive: it is not a tar file (docker save and OCI archives are).");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingArchivePathIsBadInputWithoutAskingTheEngine() {
        int exit = run("layers", dir.resolve("missing.tar").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot read " + dir.resolve("missing.tar") + ": there is no such file.");
    }

    @Test
    void anImageNameWithoutAnEngineIsBadInputNamingBoth() {
        int exit = run("layers", "busybox:latest");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("There is no file busybox:latest, and no engine answered to look it up"
                + " as an image.").contains("unix:///nowhere/docker.sock");
    }

    @Test
    void byteSizesParseAndPrintAsDiveDoes() {
        assertThat(ByteSize.parse("20MB")).isEqualTo(20_000_000);
        assertThat(ByteSize.parse("20Mb")).isEqualTo(20_000_000);
        assertThat(ByteSize.parse("1.5 GiB")).isEqualTo(1_610_612_736L);
        assertThat(ByteSize.parse("1000")).isEqualTo(1000);
        assertThat(ByteSize.format(7000)).isEqualTo("7.0 kB");
        assertThat(ByteSize.format(20_000_000)).isEqualTo("20 MB");
        assertThat(ByteSize.format(9)).isEqualTo("9 B");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ByteSize.parse("lots"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a byte size");
    }

    private int run(String... args) {
        EngineLocator nowhere = new EngineLocator(new SystemEnvironment(
                Map.of("DOCKER_HOST", "unix:///nowhere/docker.sock"), dir, "Linux", p -> false));
        EngineFactory unreachable = endpoint -> {
            throw new EngineException(EngineException.Kind.UNREACHABLE, "unreachable");
        };
        CommandLine cli = PortholeCli.commandLine(nowhere, () -> unreachable, ArrayList::new);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
