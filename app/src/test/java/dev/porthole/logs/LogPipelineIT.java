package dev.porthole.logs;

import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.engine.Subscription;
import dev.porthole.model.ContainerState;
import dev.porthole.model.EngineInfo;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogRequest;
import dev.porthole.model.LogStream;
import dev.porthole.model.RunSpec;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.testing.UnixSocketProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log pipeline against the real engine: exact lines and streams, and a follow across a container restart
 * and across the engine going away and coming back.
 */
class LogPipelineIT {

    private static Engine engine;

    @BeforeAll
    static void engine() {
        engine = TestEngines.assumeEngine();
    }

    @AfterAll
    static void cleanup() {
        TestImages.cleanupAndClose(engine);
    }

    private static String run(String name, String script) {
        return TestImages.run(engine, new RunSpec(TestImages.busybox(engine), TestImages.uniqueName(name),
                List.of("sh", "-c", script), List.of(), List.of(), List.of(), "no", false,
                Map.of(TEST_LABEL, "true")));
    }

    private static List<LogLine> readAll(String id) throws Exception {
        List<LogLine> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Throwable> end = new CompletableFuture<>();
        LineAssembler assembler = new LineAssembler("c", lines::add);
        try (Subscription s = engine.logs(id, LogRequest.all(), assembler::accept, f -> {
            assembler.flush();
            end.complete(f);
        })) {
            assertThat(end.get(60, TimeUnit.SECONDS)).isNull();
        }
        return List.copyOf(lines);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static void awaitExit(String id) throws InterruptedException {
        await("the container to exit", () -> engine.findContainer(id).state() == ContainerState.EXITED);
    }

    @Test
    void thePipelineYieldsExactlyThePrintedLinesWithTheirStreams() throws Exception {
        String id = run("logs-exact", """
                echo out-1; echo err-1 >&2; sleep 0.2
                printf '\\033[1;31mred\\033[0m \\033[38;5;208morange\\033[0m\\n'
                head -c 1048576 /dev/zero | tr '\\000' 'm'; echo
                printf 'bin\\001\\377\\376end\\n'
                printf 'crlf\\r\\n'
                echo err-2 >&2
                echo out-last""");
        awaitExit(id);

        List<LogLine> lines = readAll(id);

        assertThat(lines.stream().filter(l -> l.stream() == LogStream.STDOUT).map(LogLine::text).toList())
                .containsExactly("out-1", "\u001b[1;31mred\u001b[0m \u001b[38;5;208morange\u001b[0m",
                        "m".repeat(1024 * 1024), "bin\u0001\uFFFD\uFFFDend", "crlf", "out-last");
        assertThat(lines.stream().filter(l -> l.stream() == LogStream.STDERR).map(LogLine::text).toList())
                .containsExactly("err-1", "err-2");
        LogLine coloured = lines.stream().filter(LogLine::styled).findFirst().orElseThrow();
        assertThat(coloured.plain()).isEqualTo("red orange");
        assertThat(lines).allSatisfy(l -> assertThat(l.timeNanos()).isPositive());
        // each stream is in time order; across streams a long line can end after a later line of the other
        for (LogStream stream : List.of(LogStream.STDOUT, LogStream.STDERR)) {
            assertThat(lines.stream().filter(l -> l.stream() == stream).map(LogLine::timeNanos).toList()).isSorted();
        }
    }

    @Test
    void followingAcrossARestartLosesAndRepeatsNothing() throws Exception {
        String id = run("logs-restart", "trap 'exit 0' TERM; i=0; while true; do i=$((i+1)); echo tick-$i;"
                + " echo tock-$i >&2; sleep 0.1; done");
        List<LogLine> seen = Collections.synchronizedList(new ArrayList<>());
        List<FollowStatus> statuses = Collections.synchronizedList(new ArrayList<>());
        LogFollower follower = new LogFollower(() -> engine, id, "ticker", 1000, seen::add, statuses::add);
        try (Subscription events = engine.events(e -> {
            if (e.isContainer() && id.equals(e.actorId()) && "start".equals(e.action())) {
                follower.resume();
            }
        }, f -> { })) {
            follower.start();
            await("ten lines", () -> count(seen) >= 10);
            engine.restartContainer(id);
            await("following again", () -> statuses.stream().anyMatch(s -> s.kind() == FollowStatus.Kind.FOLLOWING));
            int afterRestart = count(seen);
            await("more lines after the restart", () -> count(seen) >= afterRestart + 10);
            long stopsBefore = stops(statuses);
            engine.stopContainer(id);
            await("the stop reported", () -> stops(statuses) > stopsBefore);
        } finally {
            follower.close();
        }

        List<String> delivered = seen.stream().filter(l -> l.stream() != LogStream.STATUS)
                .map(l -> l.timeNanos() + " " + l.stream() + " " + l.text()).sorted().toList();
        List<String> engineHas = readAll(id).stream()
                .map(l -> l.timeNanos() + " " + l.stream() + " " + l.text()).sorted().toList();
        assertThat(delivered).containsExactlyElementsOf(engineHas);
        assertThat(delivered.stream().filter(s -> s.endsWith(" tick-1")).count()).isEqualTo(2);
        assertThat(seen.stream().filter(l -> l.stream() == LogStream.STATUS).map(LogLine::text))
                .anyMatch(t -> t.contains("again"));
    }

    @Test
    void followingAcrossAnEngineDropLosesAndRepeatsNothing(@TempDir Path dir) throws Exception {
        String id = run("logs-drop", "trap 'exit 0' TERM; i=0; while true; do i=$((i+1)); echo tick-$i;"
                + " echo tock-$i >&2; sleep 0.05; done");
        List<LogLine> seen = Collections.synchronizedList(new ArrayList<>());
        List<FollowStatus> statuses = Collections.synchronizedList(new ArrayList<>());
        try (UnixSocketProxy proxy = new UnixSocketProxy(dir.resolve("engine.sock"),
                UnixSocketProxy.addressOf(engine.endpoint()));
             SupervisedEngineConnection connection = throughProxy(proxy)) {
            proxy.open();
            // what the log view does: one follower per container, resumed when the connection is back
            LogFollower follower = new LogFollower(() -> connection.engine().orElse(null), id, "ticker", 1000,
                    seen::add, statuses::add);
            try (Subscription back = connection.onStatus(s -> {
                if (s.connected()) {
                    follower.resume();
                }
            })) {
                connection.start();
                await("connected", () -> connection.engine().isPresent());
                follower.start();
                await("ten lines", () -> count(seen) >= 10);

                proxy.cut();
                await("the drop reported", () -> has(statuses, FollowStatus.Kind.LOST));
                int beforeReturn = count(seen);
                Thread.sleep(1000); // the container goes on printing while the engine is away
                proxy.open();

                await("following again", () -> has(statuses, FollowStatus.Kind.FOLLOWING));
                await("more lines after the return", () -> count(seen) >= beforeReturn + 40);
                engine.stopContainer(id);
                await("the stop reported", () -> has(statuses, FollowStatus.Kind.STOPPED));
            } finally {
                follower.close();
            }
        }

        List<String> delivered = seen.stream().filter(l -> l.stream() != LogStream.STATUS)
                .map(l -> l.timeNanos() + " " + l.stream() + " " + l.text()).sorted().toList();
        List<String> engineHas = readAll(id).stream()
                .map(l -> l.timeNanos() + " " + l.stream() + " " + l.text()).sorted().toList();
        // the lines printed while the engine was away came after the return: none lost, none twice
        assertThat(delivered).containsExactlyElementsOf(engineHas);
        assertThat(seen.stream().filter(l -> l.stream() == LogStream.STATUS).map(LogLine::text))
                .anyMatch(t -> t.startsWith("Lost the log stream of ticker"))
                .anyMatch(t -> t.equals("Following ticker again."));
    }

    /** A supervised connection to the engine through the proxy, retrying quickly while it is cut. */
    private static SupervisedEngineConnection throughProxy(UnixSocketProxy proxy) {
        EngineEndpoint endpoint = EngineEndpoint.plain(proxy.host(), "test");
        return new SupervisedEngineConnection(() -> {
            try {
                EngineInfo info = TestEngines.factory().probe(endpoint);
                CandidateResult ok = new CandidateResult(endpoint, true, info, null);
                return new DiscoveryReport(List.of(ok), ok, "It answered.", List.of());
            } catch (EngineException e) {
                CandidateResult failed = new CandidateResult(endpoint, false, null, e.getMessage());
                return new DiscoveryReport(List.of(failed), null, e.getMessage(), List.of());
            }
        }, TestEngines.factory(), new SupervisedEngineConnection.Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)));
    }

    private static boolean has(List<FollowStatus> statuses, FollowStatus.Kind kind) {
        synchronized (statuses) {
            return statuses.stream().anyMatch(s -> s.kind() == kind);
        }
    }

    private static long stops(List<FollowStatus> statuses) {
        synchronized (statuses) {
            return statuses.stream().filter(s -> s.kind() == FollowStatus.Kind.STOPPED).count();
        }
    }

    private static int count(List<LogLine> lines) {
        synchronized (lines) {
            return (int) lines.stream().filter(l -> l.stream() != LogStream.STATUS).count();
        }
    }
}
