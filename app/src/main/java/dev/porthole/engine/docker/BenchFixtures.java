package dev.porthole.engine.docker;

import com.github.dockerjava.api.command.CreateContainerCmd;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What benchmarks set up that the {@link Engine} API does not offer: a tiny busybox image built FROM scratch (no
 * registry needed) and containers created but not started. For {@code porthole bench} only, on
 * {@link DockerEngine}s.
 */
public final class BenchFixtures {

    /** The Dockerfile of the busybox image: the host's static busybox and its applet links, nothing else. */
    private static final String BUSYBOX_DOCKERFILE = """
            FROM scratch
            COPY bin /bin
            CMD ["/bin/sh"]
            """;

    private BenchFixtures() {
    }

    /**
     * Builds {@code repoTag} from the host's static busybox binary, labelled with {@code labels}.
     *
     * @throws EngineException when the binary is missing or the build fails
     */
    public static void buildBusybox(Engine engine, String repoTag, Path busyboxBinary, Map<String, String> labels) {
        StringBuilder dockerfile = new StringBuilder(BUSYBOX_DOCKERFILE);
        labels.forEach((k, v) -> dockerfile.append("LABEL ").append(k).append('=').append(v).append('\n'));
        byte[] context;
        try {
            context = BusyboxImages.context(dockerfile.toString(), busyboxBinary);
        } catch (IOException e) {
            throw new EngineException(EngineException.Kind.OTHER, "A static busybox is needed at " + busyboxBinary
                    + " to build the bench image (Debian: apt-get install busybox-static).", e);
        }
        try {
            BusyboxImages.build(docker(engine).dockerClient(), context, repoTag);
        } catch (RuntimeException e) {
            throw new EngineException(EngineException.Kind.OTHER, "Building " + repoTag + " failed: " + e.getMessage(), e);
        }
    }

    /** Creates a container without starting it; returns its id. */
    public static String createContainer(Engine engine, String image, String name, List<String> command,
                                         Map<String, String> labels) {
        try {
            CreateContainerCmd cmd = docker(engine).dockerClient().createContainerCmd(image)
                    .withName(name).withLabels(labels);
            if (!command.isEmpty()) {
                cmd.withCmd(command);
            }
            return cmd.exec().getId();
        } catch (RuntimeException e) {
            throw new EngineException(EngineException.Kind.OTHER, "Creating " + name + " failed: " + e.getMessage(), e);
        }
    }

    private static DockerEngine docker(Engine engine) {
        if (engine instanceof DockerEngine d) {
            return d;
        }
        throw new EngineException(EngineException.Kind.OTHER,
                "bench fixtures need the docker-java engine, not " + engine.getClass().getSimpleName());
    }
}
