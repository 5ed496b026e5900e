package dev.porthole.ui.logs;

import dev.porthole.cli.bench.BenchContext;
import dev.porthole.cli.bench.BenchException;
import dev.porthole.cli.bench.BenchGroup;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineLocator;
import dev.porthole.engine.SystemEnvironment;
import dev.porthole.engine.Subscription;
import dev.porthole.engine.docker.BenchFixtures;
import dev.porthole.logs.LineAssembler;
import dev.porthole.logs.LogBuffer;
import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.LogRequest;
import dev.porthole.ui.shell.TaskRunner;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code porthole bench logs}: a busybox container prints 1,000,000 lines of ~100 bytes, then
 * {@code log_ingest_ratio} = the app's pipeline (engine stream → lines → bounded buffer) over
 * {@code docker logs ID > /dev/null}, same container, same run (best of two each); {@code fx_max_pulse_gap_ms},
 * the longest gap between FX frames while the same million lines stream into a live log view; then
 * {@code log_view_rss_mb} with the view holding 100,000 lines.
 */
public final class LogsBenchGroup implements BenchGroup {

    private static final int LINES = 1_000_000;
    private static final String LINE = "x".repeat(99);
    private static final List<String> IMAGES = List.of("porthole-bench/busybox:latest", "porthole-test/busybox:latest");
    private static final long TIMEOUT_S = 300;
    private static final java.time.Duration PATIENT_PROBE = java.time.Duration.ofSeconds(30);
    /** Whether this run built the busybox image (then it removes it again). */
    private boolean builtImage;

    @Override
    public String name() {
        return "logs";
    }

    @Override
    public void run(BenchContext ctx) {
        DiscoveryReport report = ctx.locator().discover(ctx.engineFactory());
        if (report.chosen() == null) {
            // a busy machine can miss the 5 s probe while this JVM is still cold: look once more, patiently
            report = new EngineLocator(SystemEnvironment.current(), PATIENT_PROBE).discover(ctx.engineFactory());
        }
        if (report.chosen() == null) {
            throw new BenchException("no engine answered, so there is no log to read. " + report.reason());
        }
        String runId = HexFormat.of().formatHex(randomBytes());
        try (Engine engine = ctx.engineFactory().open(report.chosen().endpoint())) {
            String id = printer(engine, runId);
            try {
                double docker = Math.min(dockerLogsSeconds(id), dockerLogsSeconds(id));
                double ours = Math.min(pipelineSeconds(engine, id), pipelineSeconds(engine, id));
                ctx.record("log_ingest_ratio", ours / docker, "ratio");
                ctx.record("log_ingest_s", ours, "s");
                ctx.record("docker_logs_s", docker, "s");
                measureView(ctx, engine, id);
            } finally {
                engine.removeContainer(id, true);
                if (builtImage) {
                    engine.removeImage(IMAGES.getFirst(), false);
                }
            }
        } catch (BenchException e) {
            throw e;
        } catch (Exception e) {
            throw new BenchException("the logs bench failed: " + e);
        }
    }

    /** A labelled container that prints the lines and exits; waits for it to finish. */
    private String printer(Engine engine, String runId) throws InterruptedException {
        String image = IMAGES.stream().filter(ref -> exists(engine, ref)).findFirst().orElse(null);
        if (image == null) {
            BenchFixtures.buildBusybox(engine, IMAGES.getFirst(), Path.of("/bin/busybox"),
                    Map.of("dev.porthole.test", "true"));
            image = IMAGES.getFirst();
            builtImage = true;
        }
        String id = BenchFixtures.createContainer(engine, image, "porthole-bench-logs-" + runId,
                List.of("sh", "-c", "yes " + LINE + " | head -n " + LINES),
                Map.of("dev.porthole.test", "true", "dev.porthole.bench", runId));
        engine.startContainer(id);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (true) {
            ContainerSummary c = engine.findContainer(id);
            if (c != null && c.state() == ContainerState.EXITED) {
                return id;
            }
            if (System.nanoTime() > deadline) {
                engine.removeContainer(id, true);
                throw new BenchException("the printing container did not finish within " + TIMEOUT_S + " s");
            }
            Thread.sleep(200);
        }
    }

    private static double dockerLogsSeconds(String id) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("docker", "logs", id).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new BenchException("the docker CLI is needed to compare with (docker logs): " + e.getMessage());
        }
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new BenchException("docker logs " + id + " failed or took over " + TIMEOUT_S + " s");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The app's pipeline from request to the last line in a bounded buffer; checks every line arrived. */
    private static double pipelineSeconds(Engine engine, String id) throws Exception {
        LogBuffer buffer = new LogBuffer();
        long[] count = new long[1];
        long start = System.nanoTime();
        readAll(engine, id, line -> {
            buffer.add(line);
            count[0]++;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        if (count[0] != LINES || !buffer.last().text().equals(LINE)) {
            throw new BenchException("the pipeline delivered " + count[0] + " lines, not " + LINES);
        }
        return seconds;
    }

    private static void readAll(Engine engine, String id, Consumer<dev.porthole.model.LogLine> sink)
            throws Exception {
        CompletableFuture<Throwable> end = new CompletableFuture<>();
        LineAssembler assembler = new LineAssembler("bench", sink);
        try (Subscription s = engine.logs(id, LogRequest.all(), assembler::accept, f -> {
            assembler.flush();
            end.complete(f);
        })) {
            Throwable failure = end.get(TIMEOUT_S, TimeUnit.SECONDS);
            if (failure != null) {
                throw new BenchException("the log stream failed: " + failure.getMessage());
            }
        }
    }

    /** Streams the million lines into a live view, timing frame gaps; then its memory holding 100,000. */
    private static void measureView(BenchContext ctx, Engine engine, String id) throws Exception {
        chooseGlassPlatform();
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        CompletableFuture<LogView> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            // the app's theme: without it every -color-* lookup fails and logs a warning per cell
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            LogsModel model = new LogsModel(null, TaskRunner.direct(), List.of(new LogsModel.Target(id, "bench")),
                    LogBuffer.DEFAULT_CAPACITY, new NextFrame());
            LogView view = new LogView(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1200, 800));
            stage.show();
            shown.complete(view);
        });
        LogView view = shown.get(30, TimeUnit.SECONDS);
        long[] maxGap = new long[1];
        AnimationTimer pulses = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    maxGap[0] = Math.max(maxGap[0], now - last);
                }
                last = now;
            }
        };
        Platform.runLater(pulses::start);
        Thread.sleep(500);
        Platform.runLater(() -> maxGap[0] = 0); // start-up frames do not count
        Thread.sleep(100);
        readAll(engine, id, view.model()::offer);
        awaitShown(view, LogBuffer.DEFAULT_CAPACITY);
        CompletableFuture<Long> gap = new CompletableFuture<>();
        CompletableFuture<Long> batch = new CompletableFuture<>();
        Platform.runLater(() -> {
            pulses.stop();
            gap.complete(maxGap[0]);
            batch.complete(view.model().maxBatchNanos);
        });
        ctx.record("fx_max_pulse_gap_ms", gap.get(30, TimeUnit.SECONDS) / 1e6, "ms");
        // how much of a gap the log view's own work on the FX thread explains
        ctx.record("fx_max_log_batch_ms", batch.get(30, TimeUnit.SECONDS) / 1e6, "ms");

        System.gc();
        Thread.sleep(1500);
        ctx.record("log_view_rss_mb", rssMb(), "MB");
        Platform.runLater(() -> {
            view.close();
            view.getScene().getWindow().hide();
        });
        Platform.exit();
    }

    private static void awaitShown(LogView view, int lines) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Integer> n = new CompletableFuture<>();
            Platform.runLater(() -> n.complete(view.model().shown().size()));
            if (n.get(30, TimeUnit.SECONDS) >= lines) {
                return;
            }
            Thread.sleep(50);
        }
        throw new BenchException("the view did not reach " + lines + " lines");
    }

    private static double rssMb() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0)
                    .orElseThrow(() -> new BenchException("no VmRSS in /proc/self/status"));
        } catch (IOException e) {
            throw new BenchException("log_view_rss_mb needs /proc/self/status (Linux): " + e.getMessage());
        }
    }

    /** JavaFX's own headless platform when there is no display. */
    private static void chooseGlassPlatform() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        if (linux && !display && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
    }

    private static boolean exists(Engine engine, String ref) {
        try {
            engine.inspectImageJson(ref);
            return true;
        } catch (EngineException e) {
            return false;
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[3];
        ThreadLocalRandom.current().nextBytes(b);
        return b;
    }
}
