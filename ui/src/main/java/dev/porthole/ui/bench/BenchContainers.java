package dev.porthole.ui.bench;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.docker.BenchFixtures;
import dev.porthole.model.ContainerSummary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The bench's containers: {@code count} busybox containers labelled {@code dev.porthole.test=true}, created but
 * not started, and removed again, exactly those, by {@link #close()}.
 */
final class BenchContainers implements AutoCloseable {

    static final String TEST_LABEL = "dev.porthole.test";
    static final String BENCH_LABEL = "dev.porthole.bench";
    /** An image tests may have left; reused when present. */
    private static final List<String> KNOWN_IMAGES = List.of("porthole-bench/busybox:latest",
            "porthole-test/busybox:latest");
    private static final String OWN_IMAGE = "porthole-bench/busybox:latest";
    private static final Path BUSYBOX = Path.of("/bin/busybox");

    private final Engine engine;
    private final String runId;
    private final ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
    private boolean builtImage;

    BenchContainers(Engine engine, String runId) {
        this.engine = engine;
        this.runId = runId;
    }

    /** Creates the containers, four at a time; on failure the ones made so far are still removed by close. */
    void create(int count) {
        String image = image();
        Map<String, String> labels = Map.of(TEST_LABEL, "true", BENCH_LABEL, runId);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = "porthole-bench-" + runId + "-" + String.format("%03d", i);
                work.add(pool.submit(() -> created.add(
                        BenchFixtures.createContainer(engine, image, name, List.of("sh"), labels))));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the bench containers", e);
        } finally {
            pool.shutdownNow();
        }
    }

    int createdCount() {
        return created.size();
    }

    private String image() {
        for (String ref : KNOWN_IMAGES) {
            try {
                engine.inspectImageJson(ref);
                return ref;
            } catch (EngineException e) {
                if (e.kind() != EngineException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        BenchFixtures.buildBusybox(engine, OWN_IMAGE, BUSYBOX, Map.of(TEST_LABEL, "true"));
        builtImage = true;
        return OWN_IMAGE;
    }

    /** Removes exactly the containers this run created (checking their labels), and the image if it built one. */
    @Override
    public void close() {
        List<String> problems = new ArrayList<>();
        for (String id : created) {
            try {
                ContainerSummary c = engine.findContainer(id);
                if (c != null && runId.equals(c.labels().get(BENCH_LABEL))) {
                    engine.removeContainer(id, true);
                }
            } catch (EngineException e) {
                if (e.kind() != EngineException.Kind.NOT_FOUND) {
                    problems.add(e.getMessage());
                }
            }
        }
        created.clear();
        if (builtImage) {
            try {
                engine.removeImage(OWN_IMAGE, false);
            } catch (EngineException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The bench could not remove everything it made: " + problems);
        }
    }
}
