package dev.porthole.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.engine.docker.DockerEngineFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code porthole doctor --json} against the real engine at /var/run/docker.sock. */
class DoctorCommandIT {

    @TempDir
    Path home;

    @Test
    void doctorJsonChoosesTheEngineAtVarRunDockerSock() throws Exception {
        // an empty environment and a fresh home: /var/run/docker.sock is the first candidate, whatever this shell sets
        EngineLocator locator = new EngineLocator(new SystemEnvironment(Map.of(), home, "Linux", Files::exists));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PortholeCli.commandLine(locator, DockerEngineFactory::new, List::of);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("doctor", "--json");

        JsonNode json = new ObjectMapper().readTree(out.toString());
        if (exit != 0 && !"true".equals(System.getenv("CI"))) {
            String why = "no engine answered at /var/run/docker.sock: " + json.path("reason").asText();
            System.err.println("DoctorCommandIT skipped: " + why);
            Assumptions.abort(why);
        }
        assertThat(exit).as("doctor's exit code; stderr: %s", err).isZero();
        assertThat(fieldNames(json)).containsExactly("chosen", "candidates", "reason", "problems");
        assertThat(fieldNames(json.get("chosen"))).containsExactly("endpoint", "source");
        assertThat(json.get("chosen").get("endpoint").asText()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(json.get("chosen").get("source").asText()).isEqualTo("default");

        JsonNode first = json.get("candidates").get(0);
        assertThat(fieldNames(first))
                .containsExactly("endpoint", "source", "reachable", "engine", "version", "apiVersion", "error");
        assertThat(first.get("endpoint").asText()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(first.get("reachable").asBoolean()).isTrue();
        assertThat(first.get("engine").asText()).isNotBlank();
        assertThat(first.get("version").asText()).matches("\\d+\\.\\d+.*");
        assertThat(first.get("apiVersion").asText()).matches("\\d+\\.\\d+");
        assertThat(first.get("error").isNull()).isTrue();

        // the fresh home has none of the per-user sockets
        JsonNode desktop = json.get("candidates").get(2);
        assertThat(desktop.get("endpoint").asText()).isEqualTo("unix://" + home.resolve(".docker/desktop/docker.sock"));
        assertThat(desktop.get("reachable").asBoolean()).isFalse();
        assertThat(desktop.get("error").asText()).startsWith("socket file not found: ");
        assertThat(json.get("reason").asText()).startsWith("first default socket that answered");
        assertThat(json.get("problems").isArray()).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }
}
