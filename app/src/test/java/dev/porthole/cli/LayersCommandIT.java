package dev.porthole.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code porthole layers REFERENCE} against the real engine. */
class LayersCommandIT {

    private static Engine engine;
    private static String busybox;

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void openEngine() {
        engine = TestEngines.assumeEngine();
        busybox = TestImages.busybox(engine);
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine);
    }

    @Test
    void anImageReferenceIsAnalysedThroughTheEngine() throws Exception {
        int exit = run("layers", busybox, "--json");

        assertThat(exit).as("stderr: %s", err).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("image").asText()).isEqualTo(busybox);
        assertThat(json.get("layers").size()).isGreaterThanOrEqualTo(1);
        assertThat(json.get("efficiency").asDouble()).isEqualTo(1.0);
    }

    @Test
    void anUnknownImageIsBadInput() {
        int exit = run("layers", "porthole-test/absent:never");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("porthole layers: Cannot export image porthole-test/absent:never: ");
    }

    private int run(String... args) {
        EngineLocator locator = new EngineLocator(new SystemEnvironment(
                Map.of("DOCKER_HOST", TestEngines.dockerEndpoint().host()), home, "Linux", p -> true));
        CommandLine cli = PortholeCli.commandLine(locator, TestEngines::factory, ArrayList::new);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
