package dev.porthole.ui.bench;

import dev.porthole.cli.bench.BenchContext;
import dev.porthole.cli.bench.BenchException;
import dev.porthole.cli.bench.BenchGroup;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.Engine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * {@code porthole bench ui}: the real window in this JVM. {@code startup_to_first_table_ms} (from JVM start when
 * the bench runs in a fresh JVM, else from the launch), {@code idle_rss_mb} a few seconds later, and
 * {@code list_refresh_ms}: the containers page's full refresh with 300 created containers, median of 10.
 */
public final class UiBenchGroup implements BenchGroup {

    private static final int CONTAINERS = 300;
    private static final int REFRESH_RUNS = 10;
    private static final Duration IDLE_WAIT = Duration.ofSeconds(3);
    /** A JVM up for less than this when the group starts has run little else: startup counts from its start. */
    private static final long FRESH_JVM_MS = 3_000;
    private static final long TIMEOUT_S = 90;

    @Override
    public String name() {
        return "ui";
    }

    @Override
    public void run(BenchContext ctx) {
        var runtime = ManagementFactory.getRuntimeMXBean();
        boolean fresh = runtime.getUptime() < FRESH_JVM_MS;
        long checkStart = System.nanoTime();
        DiscoveryReport report = ctx.locator().discover(ctx.engineFactory());
        if (report.chosen() == null) {
            throw new BenchException("no engine answered, so there is no table to measure. " + report.reason());
        }
        long checkNanos = System.nanoTime() - checkStart;

        Path configDir = null;
        BenchWindow window = null;
        try (Engine engine = ctx.engineFactory().open(report.chosen().endpoint())) {
            configDir = Files.createTempDirectory("porthole-bench-ui");
            BenchWindow.chooseGlassPlatform();
            long launchNanos = System.nanoTime();
            long launchEpochMs = System.currentTimeMillis();
            BenchWindow.Started started = BenchWindow.launch(configDir, TIMEOUT_S);
            window = started.window();
            double fromLaunch = (started.tableShownNanos() - launchNanos) / 1e6;
            // from JVM start, less the bench's own engine check, which the app does not do
            double fromJvm = launchEpochMs - runtime.getStartTime() - checkNanos / 1e6 + fromLaunch;
            ctx.record("startup_to_first_table_ms", fresh ? fromJvm : fromLaunch, "ms");

            Thread.sleep(IDLE_WAIT);
            recordIdleMemory(ctx);

            ctx.record("list_refresh_ms", measureRefresh(engine, window), "ms");
        } catch (BenchException e) {
            throw e;
        } catch (Exception e) {
            throw new BenchException("the ui bench failed: " + e);
        } finally {
            if (window != null) {
                try {
                    window.close();
                } catch (Exception e) {
                    System.err.println("ui bench: closing the window failed: " + e);
                }
            }
            deleteQuietly(configDir);
        }
    }

    private static double measureRefresh(Engine engine, BenchWindow window) throws Exception {
        int before = window.rows();
        String runId = HexFormat.of().formatHex(randomBytes());
        try (BenchContainers fixture = new BenchContainers(engine, runId)) {
            fixture.create(CONTAINERS);
            awaitSettled(window, before + fixture.createdCount());
            window.timeFullRefresh(TIMEOUT_S); // warm-up: first full list of this size
            double[] ms = new double[REFRESH_RUNS];
            for (int i = 0; i < REFRESH_RUNS; i++) {
                ms[i] = window.timeFullRefresh(TIMEOUT_S);
            }
            Arrays.sort(ms);
            return (ms[REFRESH_RUNS / 2 - 1] + ms[REFRESH_RUNS / 2]) / 2;
        }
    }

    /** Waits until the page shows every created container (events add them) and nothing changed for a second. */
    private static void awaitSettled(BenchWindow window, int expectedRows) throws Exception {
        Instant deadline = Instant.now().plusSeconds(TIMEOUT_S);
        Instant lastChange = null;
        Instant lastSeen = null;
        while (Instant.now().isBefore(deadline)) {
            Instant data = window.dataTime();
            if (!java.util.Objects.equals(data, lastSeen)) {
                lastSeen = data;
                lastChange = Instant.now();
            }
            if (window.rows() >= expectedRows && Duration.between(lastChange, Instant.now()).toMillis() >= 1000) {
                return;
            }
            Thread.sleep(100);
        }
        throw new BenchException("the containers page did not show the " + expectedRows + " containers within "
                + TIMEOUT_S + " s (it shows " + window.rows() + ")");
    }

    private static void recordIdleMemory(BenchContext ctx) {
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            try (Stream<String> lines = Files.lines(status)) {
                String rss = lines.filter(l -> l.startsWith("VmRSS:")).findFirst().orElse(null);
                if (rss != null) {
                    long kb = Long.parseLong(rss.replaceAll("\\D", ""));
                    ctx.record("idle_rss_mb", kb / 1024.0, "MB");
                    return;
                }
            } catch (IOException | RuntimeException e) {
                // fall through to the JVM's own figure
            }
        }
        // no /proc (macOS, Windows): the JVM's committed memory, which is not RSS, and named so
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long committed = memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted();
        ctx.record("idle_jvm_committed_mb", committed / (1024.0 * 1024.0), "MB_jvm_committed");
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[3];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the OS cleans it eventually
        }
    }
}
