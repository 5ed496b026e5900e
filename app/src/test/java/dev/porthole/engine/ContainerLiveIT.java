package dev.porthole.engine;

import dev.porthole.files.ContainerFiles;
import dev.porthole.files.FilePreview;
import dev.porthole.model.FileEntry;
import dev.porthole.model.ProcessList;
import dev.porthole.model.RunSpec;
import dev.porthole.model.StatsSample;
import dev.porthole.stats.ContainerStats;
import dev.porthole.stats.StatsCalculator;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/** Stats, top, files and exec of one busybox container burning a CPU, against the real engine. */
class ContainerLiveIT {

    private static Engine engine;
    private static String burner;

    @BeforeAll
    static void startBurner() {
        engine = TestEngines.assumeEngine();
        String image = TestImages.busybox(engine);
        burner = TestImages.run(engine, new RunSpec(image, TestImages.uniqueName("burn"),
                List.of("sh", "-c", "trap 'exit 0' TERM; echo 'hello file' > /greeting; while :; do :; done"),
                List.of(), List.of(), List.of(), "no", false, Map.of(TEST_LABEL, "true")));
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine);
    }

    @Test
    void statsOfABusyLoopShowAboutOneFullCpu() throws Exception {
        List<ContainerStats> seen = new CopyOnWriteArrayList<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        StatsCalculator calculator = new StatsCalculator();
        CompletableFuture<Void> three = new CompletableFuture<>();
        try (Subscription s = engine.stats(burner, (StatsSample sample) -> {
            seen.add(calculator.next(sample));
            if (seen.size() >= 3) {
                three.complete(null);
            }
        }, ended::complete)) {
            three.get(20, TimeUnit.SECONDS);
        }
        // a caller's close ends the stream with null
        assertThat(ended.get(5, TimeUnit.SECONDS)).isNull();
        ContainerStats last = seen.get(2);
        // one busy shell loop: up to 100% of one CPU, less when the host is busy (CI shares its cores), never
        // more than all of them; an idle one shows under 1%
        int cpus = Runtime.getRuntime().availableProcessors();
        System.out.println("busy loop CPU samples: " + seen.stream().map(ContainerStats::cpuPercent).toList());
        assertThat(last.cpuPercent()).isBetween(1.0, cpus * 100.0 + 5);
        assertThat(last.memoryUsed()).isPositive().isLessThan(64L * 1024 * 1024);
        assertThat(last.memoryLimit()).isGreaterThan(last.memoryUsed());
        assertThat(last.netRxPerSecond()).isGreaterThanOrEqualTo(0);
        assertThat(last.pids()).isPositive();
        assertThat(last.at()).isAfter(seen.get(1).at());
    }

    @Test
    void statsStreamEndsWhenTheContainerStopsInsteadOfSendingZeros() throws Exception {
        String id = TestImages.runSleeper(engine, TestImages.uniqueName("stop"));
        List<StatsSample> samples = new CopyOnWriteArrayList<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        CompletableFuture<Void> first = new CompletableFuture<>();
        try (Subscription s = engine.stats(id, sample -> {
            samples.add(sample);
            first.complete(null);
        }, ended::complete)) {
            first.get(20, TimeUnit.SECONDS);
            engine.stopContainer(id);
            Throwable why = ended.get(20, TimeUnit.SECONDS);
            assertThat(why).isInstanceOf(EngineException.class).hasMessageContaining("not running");
        }
        // Docker goes on sending all-zero samples (read time 0001-01-01) after a stop: none is passed on
        assertThat(samples).allSatisfy(sample -> assertThat(sample.read()).isNotNull());
    }

    @Test
    void topListsTheContainersProcess() {
        ProcessList top = engine.top(burner);
        assertThat(top.titles()).contains("PID", "CMD");
        int cmd = top.titles().indexOf("CMD");
        assertThat(top.rows()).anySatisfy(row -> assertThat(row.get(cmd)).contains("while :; do :; done"));
    }

    @Test
    void filesListBinAndReadASmallFile() {
        List<FileEntry> root = ContainerFiles.list(engine, burner, "/");
        assertThat(root).extracting(FileEntry::name).contains("bin", "greeting");
        assertThat(root.getFirst().isFolder()).isTrue();

        List<FileEntry> bin = ContainerFiles.list(engine, burner, "/bin");
        assertThat(bin).extracting(FileEntry::name).contains("busybox", "sh");
        assertThat(bin).filteredOn(e -> e.name().equals("sh")).singleElement()
                .satisfies(sh -> assertThat(sh.kind()).isEqualTo(FileEntry.Kind.SYMLINK));

        FilePreview greeting = ContainerFiles.preview(engine, burner, "/greeting", 1024);
        assertThat(greeting.text()).isEqualTo("hello file\n");
        assertThat(ContainerFiles.preview(engine, burner, "/bin/busybox", 4096).binary()).isTrue();
        assertThat(ContainerFiles.shells(engine, burner)).containsExactly("/bin/ash", "/bin/sh");
    }

    @Test
    void execEchoComesBackThroughTheTerminal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Void> echoed = new CompletableFuture<>();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        ExecSession session = engine.exec(burner, List.of("/bin/sh"), 100, 30, bytes -> {
            synchronized (out) {
                out.writeBytes(bytes);
                if (out.toString(StandardCharsets.UTF_8).contains("hello from porthole")) {
                    echoed.complete(null);
                }
            }
        }, ended::complete);
        try {
            // the typed line is echoed by the TTY too: the printf output joins two words only the shell can
            session.send("printf '%s %s\\n' hello 'from porthole'\r".getBytes(StandardCharsets.UTF_8));
            echoed.get(15, TimeUnit.SECONDS);
            session.resize(120, 40);
            session.send("exit 3\r".getBytes(StandardCharsets.UTF_8));
            assertThat(ended.get(15, TimeUnit.SECONDS)).isNull();
            assertThat(session.exitCode()).isEqualTo(3);
        } finally {
            session.close();
        }
    }

    @Test
    void closingASessionEndsItsShellEvenInTheMiddleOfACommand() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        ExecSession session = engine.exec(burner, List.of("/bin/ash"), 80, 24, bytes -> {
            if (new String(bytes, StandardCharsets.UTF_8).contains("#")) {
                started.complete(null);
            }
        }, failure -> { });
        started.get(15, TimeUnit.SECONDS);
        session.send("sleep 300\r".getBytes(StandardCharsets.UTF_8));
        Thread.sleep(300);
        assertThat(commands()).contains("/bin/ash");
        session.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commands().contains("/bin/ash") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(commands()).doesNotContain("/bin/ash", "sleep 300");
    }

    private static List<String> commands() {
        ProcessList top = engine.top(burner);
        int cmd = top.titles().indexOf("CMD");
        return top.rows().stream().map(row -> row.get(cmd)).toList();
    }
}
