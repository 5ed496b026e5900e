package dev.porthole.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SystemEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LintCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        EngineLocator locator = new EngineLocator(new SystemEnvironment(Map.of(), dir, "Linux", p -> false));
        EngineFactory none = endpoint -> {
            throw new EngineException(EngineException.Kind.UNREACHABLE, "lint needs no engine");
        };
        CommandLine cli = PortholeCli.commandLine(locator, () -> none, List::of);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private String write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    @Test
    void textOutputIsFileLineRuleSeverityMessage() throws IOException {
        String file = write("Dockerfile", "FROM ubuntu\nWORKDIR app\n");

        int exit = run("lint", file);

        assertThat(out.toString().lines()).containsExactly(
                file + ":1 DL3006 warning: Always tag the version of an image explicitly: ubuntu has neither tag "
                        + "nor digest, so it means ubuntu:latest",
                file + ":2 DL3000 error: Use absolute WORKDIR: 'app' depends on the folder set before it");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void jsonOutputIsAnArrayOfFileLineRuleSeverityMessage() throws Exception {
        String a = write("a.Dockerfile", "FROM ubuntu:24.04\nMAINTAINER me\n");
        String b = write("b.Dockerfile", "FROM ubuntu:24.04\nEXPOSE 80\n");

        int exit = run("lint", "--format", "json", a, b);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(1);
        JsonNode f = json.get(0);
        assertThat(f.get("file").asText()).isEqualTo(a);
        assertThat(f.get("line").asInt()).isEqualTo(2);
        assertThat(f.get("rule").asText()).isEqualTo("DL4000");
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("message").asText()).startsWith("MAINTAINER is deprecated");
        assertThat(f.properties()).extracting(Map.Entry::getKey)
                .containsExactly("file", "line", "rule", "severity", "message");
        assertThat(exit).isEqualTo(1);
    }

    @Test
    void aCleanFilePrintsNothingAndAnEmptyJsonArray() throws Exception {
        String file = write("Dockerfile", "FROM ubuntu:24.04\nUSER nobody\n");

        assertThat(run("lint", file)).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(run("lint", "--format=json", file)).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).isEmpty()).isTrue();
    }

    @Test
    void byDefaultOnlyErrorsFailTheRun() throws IOException {
        String warningsOnly = write("Dockerfile", "FROM ubuntu\n");

        assertThat(run("lint", warningsOnly)).isZero();
        assertThat(out.toString()).contains("DL3006 warning");
    }

    @Test
    void failOnChoosesTheLevelThatFailsTheRun() throws IOException {
        String infoOnly = write("Dockerfile", "FROM ubuntu:24.04\nRUN echo a\nRUN echo b\n");

        assertThat(run("lint", "--fail-on", "warning", infoOnly)).isZero();
        assertThat(run("lint", "--fail-on", "info", infoOnly)).isEqualTo(1);
        assertThat(run("lint", "--fail-on", "WARNING", write("W", "FROM ubuntu\n"))).isEqualTo(1);
    }

    @Test
    void anUnreadableFileIsExitTwoWithAClearMessageAndTheOthersAreStillLinted() throws IOException {
        String good = write("Dockerfile", "FROM ubuntu\n");
        String missing = dir.resolve("nope/Dockerfile").toString();

        int exit = run("lint", missing, good, dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("porthole lint: cannot read " + missing + ": no such file")
                .contains("porthole lint: cannot read " + dir + ": it is a folder, not a file");
        assertThat(out.toString()).contains(good + ":1 DL3006 warning");
    }

    @Test
    void anUnknownFormatOrLevelIsAnInvalidArgument() throws IOException {
        String file = write("Dockerfile", "FROM ubuntu:24.04\n");

        assertThat(run("lint", "--format", "xml", file)).isEqualTo(2);
        assertThat(run("lint", "--fail-on", "fatal", file)).isEqualTo(2);
        assertThat(err.toString()).contains("'fatal' is not a severity; use error, warning or info");
    }

    @Test
    void noFileIsAnInvalidArgument() {
        assertThat(run("lint")).isEqualTo(2);
        assertThat(err.toString()).contains("FILE");
    }
}
