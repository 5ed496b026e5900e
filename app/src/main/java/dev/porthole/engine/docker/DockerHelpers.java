package dev.porthole.engine.docker;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.Volume;
import dev.porthole.dockerfile.template.ElfFile;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Short-lived helper containers of a busybox image, labelled {@value #HELPER_LABEL}=true, for looking into volumes.
 * The image is Porthole's own (built once FROM scratch from this computer's static busybox, as no registry may be
 * reachable), else any local busybox image.
 */
final class DockerHelpers {

    /** The label on helper images and containers. */
    static final String HELPER_LABEL = "dev.porthole.helper";
    /** The tag of the helper image Porthole builds. */
    static final String HELPER_IMAGE = "porthole/helper-busybox:1";

    private static final Path HOST_BUSYBOX = BusyboxImages.HOST_BUSYBOX;

    private DockerHelpers() {
    }

    /**
     * Creates, without starting it (the archive API reads a stopped container's mounts), a helper container with
     * the volume mounted read-only at {@code mountPath}; returns its id.
     */
    static String createVolumeHelper(DockerConnection connection, String volume, String mountPath) {
        String what = "open volume " + volume;
        connection.call(what, DockerConnection.READ_LIMIT, () -> {
            try {
                // a bind of a missing volume would create it
                return connection.dockerClient().inspectVolumeCmd(volume).exec();
            } catch (NotFoundException e) {
                throw new EngineException(Kind.NOT_FOUND, "Cannot " + what + ": there is no such volume.");
            }
        });
        String image = helperImage(connection);
        return connection.call(what, DockerConnection.CHANGE_LIMIT, () -> connection.dockerClient()
                .createContainerCmd(image)
                .withCmd("/bin/sh")
                .withLabels(Map.of(HELPER_LABEL, "true", HELPER_LABEL + ".volume", volume))
                .withNetworkDisabled(true)
                .withHostConfig(HostConfig.newHostConfig()
                        .withBinds(new Bind(volume, new Volume(mountPath), AccessMode.ro)))
                .exec().getId());
    }

    /** A busybox image to run helpers from: Porthole's own, built on first use when possible, else any busybox. */
    static synchronized String helperImage(DockerConnection connection) {
        List<Image> images = connection.call("list images", DockerConnection.READ_LIMIT,
                () -> connection.dockerClient().listImagesCmd().exec());
        for (Image i : images) {
            if (i.getLabels() != null && "true".equals(i.getLabels().get(HELPER_LABEL))) {
                return i.getId();
            }
        }
        if (ElfFile.isStatic(HOST_BUSYBOX)) {
            return build(connection);
        }
        for (Image i : images) {
            if (i.getRepoTags() != null && List.of(i.getRepoTags()).stream()
                    .anyMatch(t -> t.matches("(.*/)?busybox:[^/]+"))) {
                return i.getId();
            }
        }
        throw new EngineException(Kind.NOT_FOUND, "Cannot look into volumes: the engine has no busybox image, and"
                + " this computer has no static " + HOST_BUSYBOX + " to build one from. Pull the busybox image"
                + " (docker pull busybox), then try again.");
    }

    private static String build(DockerConnection connection) {
        byte[] context = context();
        return connection.call("build the helper image " + HELPER_IMAGE, DockerConnection.CHANGE_LIMIT,
                () -> BusyboxImages.build(connection.dockerClient(), context, HELPER_IMAGE));
    }

    /** The build context: a Dockerfile and busybox with a /bin link per applet, so the build runs nothing. */
    private static byte[] context() {
        String dockerfile = "FROM scratch\nCOPY bin /bin\nLABEL " + HELPER_LABEL + "=true\nCMD [\"/bin/sh\"]\n";
        try {
            return BusyboxImages.context(dockerfile, HOST_BUSYBOX);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the helper image from " + HOST_BUSYBOX + ": "
                    + e.getMessage(), e);
        }
    }
}
