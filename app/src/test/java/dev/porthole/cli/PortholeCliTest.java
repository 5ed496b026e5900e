package dev.porthole.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.porthole.Version;
import dev.porthole.cli.bench.BenchContext;
import dev.porthole.cli.bench.BenchGroup;
import dev.porthole.cli.bench.EngineBenchGroup;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.model.EngineInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PortholeCliTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void versionPrintsPortholeAndTheVersionTheBuildFilteredIn() {
        int exit = run(List.of(), "--version");

        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo("Porthole " + Version.current())
                .matches("Porthole \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void unknownBenchGroupIsAnErrorListingTheKnownGroups() {
        int exit = run(List.of(group("ui"), group("engine")), "bench", "engine", "nope");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("unknown bench group 'nope'; the known groups are: engine, ui.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void engineBenchGroupIsRegisteredForServiceLoader() {
        assertThat(PortholeCli.installedBenchGroups()).extracting(BenchGroup::name).contains("engine");
    }

    @Test
    void benchRunsOnlyTheNamedGroupsAndPrintsOneFigurePerLine() {
        int exit = run(List.of(group("ui"), group("engine")), "bench", "ui");

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly("ui_ms 1.5 ms", "ui_count 20 items");
    }

    @Test
    void benchRunsEveryGroupByNameWhenNoneIsNamed() {
        int exit = run(List.of(group("ui"), group("engine")), "bench");

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "engine_ms 1.5 ms", "engine_count 20 items", "ui_ms 1.5 ms", "ui_count 20 items");
    }

    @Test
    void engineBenchSaysClearlyAndExitsOneWhenNoEngineAnswers() {
        int exit = run(List.of(new EngineBenchGroup()), "bench", "engine");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("porthole bench engine: no engine answered")
                .contains("unix:///nowhere/docker.sock");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void engineBenchRecordsDiscoveryAndTheMedianOfTwentyContainerListings() {
        AtomicInteger listings = new AtomicInteger();
        // only listContainers and close are called; any other call fails the test
        Engine engine = (Engine) Proxy.newProxyInstance(Engine.class.getClassLoader(), new Class<?>[] {Engine.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "listContainers" -> {
                        listings.incrementAndGet();
                        yield List.of();
                    }
                    case "close" -> null;
                    default -> throw new AssertionError("unexpected call " + method.getName());
                });
        EngineFactory engines = new EngineFactory() {
            @Override
            public Engine open(EngineEndpoint endpoint) {
                return engine;
            }

            @Override
            public EngineInfo probe(EngineEndpoint endpoint) {
                return new EngineInfo("Docker Engine", "20.10.24", "1.41", "linux", "amd64", endpoint.host());
            }
        };
        EngineLocator locator = new EngineLocator(new SystemEnvironment(
                Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), home, "Linux", p -> false));
        CommandLine cli = PortholeCli.commandLine(locator, () -> engines, () -> List.of(new EngineBenchGroup()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("bench", "engine");

        assertThat(exit).as("stderr: %s", err).isZero();
        assertThat(listings).hasValue(20);
        assertThat(out.toString().lines()).satisfiesExactly(
                line -> assertThat(line).matches("engine_discovery_ms \\d+(\\.\\d+)? ms"),
                line -> assertThat(line).matches("list_containers_ms \\d+(\\.\\d+)? ms"));
    }

    @Test
    void unknownCommandSaysSoAndListsTheCommands() {
        int exit = run(List.of(), "frobnicate");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("porthole: unknown command 'frobnicate'; the commands are: doctor, bench")
                .contains("See 'porthole --help'.");
    }

    @Test
    void doctorExitsOneAndPrintsNullChosenWhenNoEngineAnswers() throws Exception {
        int exit = run(List.of(), "doctor", "--json");

        assertThat(exit).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("chosen").isNull()).isTrue();
        assertThat(json.get("candidates").get(0).get("endpoint").asText()).isEqualTo("unix:///nowhere/docker.sock");
        assertThat(json.get("candidates").get(0).get("error").asText())
                .isEqualTo("socket file not found: /nowhere/docker.sock");
        assertThat(json.get("reason").asText()).contains("DOCKER_HOST is set").contains("did not answer");
    }

    @Test
    void doctorTextNamesEveryCandidateItsSourceAndTheChoice() {
        EngineLocator locator = new EngineLocator(new SystemEnvironment(
                Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375"), home, "Linux", p -> false));
        EngineFactory answering = new EngineFactory() {
            @Override
            public Engine open(EngineEndpoint endpoint) {
                throw new UnsupportedOperationException("doctor only probes");
            }

            @Override
            public EngineInfo probe(EngineEndpoint endpoint) {
                return new EngineInfo("Docker Engine - Community", "20.10.24", "1.41", "linux", "amd64",
                        endpoint.host());
            }
        };
        CommandLine cli = PortholeCli.commandLine(locator, () -> answering, List::of);
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("doctor");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("[answered]  tcp://127.0.0.1:2375  (from DOCKER_HOST)")
                .contains("Docker Engine - Community 20.10.24, API 1.41, linux/amd64")
                .contains("[skipped]   unix:///var/run/docker.sock  (from default)")
                .contains("not used: DOCKER_HOST is set")
                .contains("Chosen: tcp://127.0.0.1:2375  (from DOCKER_HOST)" + System.lineSeparator()
                        + "  DOCKER_HOST is set, so tcp://127.0.0.1:2375 is used");
    }

    /** Runs the CLI where DOCKER_HOST names a socket that does not exist, so no engine ever answers. */
    private int run(List<BenchGroup> groups, String... args) {
        EngineLocator nowhere = new EngineLocator(new SystemEnvironment(
                Map.of("DOCKER_HOST", "unix:///nowhere/docker.sock"), home, "Linux", p -> false));
        EngineFactory unreachable = endpoint -> {
            throw new EngineException(EngineException.Kind.UNREACHABLE, "unreachable");
        };
        CommandLine cli = PortholeCli.commandLine(nowhere, () -> unreachable, () -> new ArrayList<>(groups));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** A group that records two fixed figures named after itself. */
    private static BenchGroup group(String name) {
        return new BenchGroup() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void run(BenchContext ctx) {
                ctx.record(name + "_ms", 1.5, "ms");
                ctx.record(name + "_count", 20, "items");
            }
        };
    }
}
