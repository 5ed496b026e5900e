package dev.porthole.testing;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.docker.BusyboxImages;
import dev.porthole.engine.docker.DockerEngine;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.NetworkSummary;
import dev.porthole.model.RunSpec;
import dev.porthole.model.VolumeSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static dev.porthole.testing.TestEngines.TEST_LABEL;

/**
 * Test images and containers: a tiny busybox image built FROM scratch (no registry needed), labelled sleepers,
 * and a cleanup that removes only what tests of this JVM created (and only when it carries the test label).
 */
public final class TestImages {

    /** The test image's name; Podman, built through its Docker API, lists it as docker.io/porthole-test/…. */
    public static final String BUSYBOX = "porthole-test/busybox:latest";

    /** A shell loop that prints a line a second and stops at once on SIGTERM (sh as PID 1 ignores it otherwise). */
    public static final List<String> TICK_COMMAND = List.of("sh", "-c",
            "trap 'exit 0' TERM; while true; do echo tick; sleep 1; done");

    private static final Map<String, String> BASE_BY_HOST = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> CONTAINERS_BY_HOST = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> IMAGES_BY_HOST = new ConcurrentHashMap<>();

    static {
        // the shared base image goes when the JVM does; tests of other JVMs may still use it, so never forced
        Runtime.getRuntime().addShutdownHook(new Thread(TestImages::removeBaseImages, "porthole-test-cleanup"));
    }

    private TestImages() {
    }

    /** The busybox test image on this engine (built on first use), as the reference the engine lists it by. */
    public static synchronized String busybox(Engine engine) {
        String host = engine.endpoint().host();
        String known = BASE_BY_HOST.get(host);
        if (known != null && exists(engine, known)) {
            return known;
        }
        // the applet links come in the context, so the build runs no container (seconds faster, on Podman too)
        String ref = exists(engine, BUSYBOX) ? reference(engine, BUSYBOX) : build(engine, BUSYBOX, """
                FROM scratch
                COPY bin /bin
                CMD ["/bin/sh"]
                """, true);
        BASE_BY_HOST.put(host, ref);
        return ref;
    }

    /**
     * Builds an image FROM the busybox test image plus {@code lines}, tagged {@code repoTag}; {@link #cleanup}
     * removes it. Add a LABEL with a random value to get an image id of the test's own.
     */
    public static String buildImage(Engine engine, String repoTag, String... lines) {
        String dockerfile = "FROM " + busybox(engine) + "\n" + String.join("\n", lines) + "\n";
        String ref = build(engine, repoTag, dockerfile, false);
        trackImage(engine, ref);
        return ref;
    }

    /** Marks an image reference (a tag a test added…) for removal by {@link #cleanup}. */
    public static void trackImage(Engine engine, String ref) {
        IMAGES_BY_HOST.computeIfAbsent(engine.endpoint().host(), h -> ConcurrentHashMap.newKeySet()).add(ref);
    }

    /** A unique container name for a test: porthole-it-PREFIX-xxxxxx. */
    public static String uniqueName(String prefix) {
        byte[] random = new byte[3];
        ThreadLocalRandom.current().nextBytes(random);
        return "porthole-it-" + prefix + "-" + HexFormat.of().formatHex(random);
    }

    /** A labelled run spec of the ticking busybox loop on {@code image}. */
    public static RunSpec sleeperSpec(String image, String name) {
        return new RunSpec(image, name, TICK_COMMAND, List.of(), List.of(), List.of(), "no", false,
                Map.of(TEST_LABEL, "true"));
    }

    /** Runs a labelled ticking container of the busybox image; returns its id (removed by {@link #cleanup}). */
    public static String runSleeper(Engine engine, String name) {
        return run(engine, sleeperSpec(busybox(engine), name));
    }

    /** Runs {@code spec} (which must carry the test label) and tracks the container for {@link #cleanup}. */
    public static String run(Engine engine, RunSpec spec) {
        if (!"true".equals(spec.labels().get(TEST_LABEL))) {
            throw new IllegalArgumentException("test containers carry the label " + TEST_LABEL + "=true");
        }
        String id = engine.runContainer(spec);
        track(engine, id);
        return id;
    }

    /** Marks a container a test created for {@link #cleanup}. */
    public static void track(Engine engine, String containerId) {
        CONTAINERS_BY_HOST.computeIfAbsent(engine.endpoint().host(), h -> ConcurrentHashMap.newKeySet())
                .add(containerId);
    }

    /**
     * Removes the containers and images tests of this JVM created on this engine, each only when it carries the
     * test label: containers forced, images not. Failures are collected and thrown at the end.
     */
    public static void cleanup(Engine engine) {
        String host = engine.endpoint().host();
        List<String> problems = new ArrayList<>();
        for (String id : List.copyOf(CONTAINERS_BY_HOST.getOrDefault(host, Set.of()))) {
            try {
                ContainerSummary c = engine.findContainer(id);
                if (c != null && "true".equals(c.labels().get(TEST_LABEL))) {
                    engine.removeContainer(id, true);
                }
                CONTAINERS_BY_HOST.get(host).remove(id);
            } catch (EngineException e) {
                if (e.kind() == EngineException.Kind.NOT_FOUND) {
                    CONTAINERS_BY_HOST.get(host).remove(id);
                } else {
                    problems.add(e.getMessage());
                }
            }
        }
        Set<String> labelled = new HashSet<>();
        engine.listImages().stream().filter(i -> "true".equals(i.labels().get(TEST_LABEL)))
                .forEach(i -> labelled.addAll(i.repoTags()));
        for (String ref : List.copyOf(IMAGES_BY_HOST.getOrDefault(host, Set.of()))) {
            try {
                // Podman lists short names qualified (docker.io/…)
                if (labelled.stream().anyMatch(t -> t.equals(ref) || t.endsWith("/" + ref))) {
                    engine.removeImage(ref, false);
                }
                IMAGES_BY_HOST.get(host).remove(ref);
            } catch (EngineException e) {
                if (e.kind() == EngineException.Kind.NOT_FOUND) {
                    IMAGES_BY_HOST.get(host).remove(ref);
                } else {
                    problems.add(e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Test cleanup left things behind: " + problems);
        }
    }

    /** After a class's tests: {@link #cleanup}, then closes the engine; nothing when none was opened. */
    public static void cleanupAndClose(Engine engine) {
        cleanupAndClose(engine, () -> { });
    }

    /**
     * After a class's tests: {@link #cleanup}, then {@code more} (the class's own volumes, networks, …), then
     * closes the engine whatever failed; nothing when no engine was opened.
     */
    public static void cleanupAndClose(Engine engine, Runnable more) {
        if (engine == null) {
            return;
        }
        try {
            cleanup(engine);
            more.run();
        } finally {
            engine.close();
        }
    }

    /** Removes the volumes {@code which} picks: a test's own, by name or label. */
    public static void removeVolumes(Engine engine, Predicate<VolumeSummary> which) {
        for (VolumeSummary v : engine.listVolumes()) {
            if (which.test(v)) {
                engine.removeVolume(v.name());
            }
        }
    }

    /** Removes the networks {@code which} picks: a test's own, by name or label. */
    public static void removeNetworks(Engine engine, Predicate<NetworkSummary> which) {
        for (NetworkSummary n : engine.listNetworks()) {
            if (which.test(n)) {
                engine.removeNetwork(n.id());
            }
        }
    }

    private static String build(Engine engine, String repoTag, String dockerfile, boolean withBusybox) {
        byte[] context = context(dockerfile + "LABEL " + TEST_LABEL + "=true\n", withBusybox);
        BusyboxImages.build(((DockerEngine) engine).dockerClient(), context, repoTag);
        return reference(engine, repoTag);
    }

    /** The tag as the engine lists it (Podman's Docker API adds docker.io/, podman load localhost/). */
    private static String reference(Engine engine, String repoTag) {
        return engine.listImages().stream().flatMap(i -> i.repoTags().stream())
                .filter(t -> t.equals(repoTag) || t.endsWith("/" + repoTag)
                        && t.indexOf('/') == t.length() - repoTag.length() - 1)
                .findFirst().orElseThrow(() -> new IllegalStateException(repoTag + " is not listed after its build"));
    }

    private static boolean exists(Engine engine, String ref) {
        try {
            engine.inspectImageJson(ref);
            return true;
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    private static byte[] context(String dockerfile, boolean withBusybox) {
        if (!withBusybox) {
            return BusyboxImages.dockerfileOnly(dockerfile);
        }
        try {
            return BusyboxImages.context(dockerfile, BusyboxImages.HOST_BUSYBOX);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the test image context (is busybox-static installed?)", e);
        }
    }

    private static void removeBaseImages() {
        BASE_BY_HOST.forEach((host, ref) -> {
            try (Engine engine = TestEngines.factory().open(
                    TestEngines.dockerEndpoint().host().equals(host) ? TestEngines.dockerEndpoint()
                            : EngineEndpoint.plain(host, "test"))) {
                engine.removeImage(ref, false);
            } catch (EngineException e) {
                // in use by another test JVM's containers, or gone already: leave it
            }
        });
    }
}
