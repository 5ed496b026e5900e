package dev.porthole.engine.docker;

import com.github.dockerjava.api.model.Container;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.ImageSummary;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.porthole.engine.docker.DockerConnection.EXPORT_START_LIMIT;
import static dev.porthole.engine.docker.DockerConnection.READ_LIMIT;
import static dev.porthole.engine.docker.DockerMapping.IMAGE_ORDER;
import static dev.porthole.engine.docker.DockerMapping.bareId;
import static dev.porthole.engine.docker.DockerMapping.parse;
import static dev.porthole.engine.docker.DockerMapping.pathSegment;
import static dev.porthole.engine.docker.DockerMapping.pretty;
import static dev.porthole.engine.docker.DockerMapping.shown;
import static dev.porthole.engine.docker.DockerMapping.toImage;
import static dev.porthole.engine.docker.DockerMapping.toSummary;

/** Images: listed with their users, inspected, their history, tagged, exported, removed. */
final class DockerImages {

    private DockerImages() {
    }

    /** Images sorted by first tag, dangling last, each with the count of containers (any state) using it. */
    static List<ImageSummary> list(DockerConnection connection) {
        return connection.call("list images", READ_LIMIT, () -> {
            Map<String, Integer> users = new HashMap<>();
            for (Container c : connection.dockerClient().listContainersCmd().withShowAll(true).exec()) {
                users.merge(bareId(c.getImageId()), 1, Integer::sum);
            }
            return connection.dockerClient().listImagesCmd().exec().stream()
                    .map(i -> toImage(i, users.getOrDefault(bareId(i.getId()), 0)))
                    .sorted(IMAGE_ORDER).toList();
        });
    }

    static String inspectJson(DockerConnection connection, String idOrRef) {
        return pretty(parse(connection.getJson("inspect image " + shown(idOrRef),
                "/images/" + pathSegment(idOrRef) + "/json")));
    }

    /** The image's history as the engine gives it: newest step first. */
    static List<ImageHistoryEntry> history(DockerConnection connection, String idOrRef) {
        return connection.call("read the history of image " + shown(idOrRef), READ_LIMIT,
                () -> connection.dockerClient().imageHistoryCmd(idOrRef).exec().stream()
                        .map(DockerMapping::toHistory).toList());
    }

    /**
     * Removes an image; {@code force} also untags it when containers still use it. Podman's force would remove
     * those containers too, so on Podman a forced removal of an image in use is refused as Docker refuses it.
     */
    static void remove(DockerConnection connection, String idOrRef, boolean force) {
        String what = "remove image " + shown(idOrRef);
        connection.change(what, () -> {
            if (force && connection.podman()) {
                String imageId = bareId(connection.dockerClient().inspectImageCmd(idOrRef).exec().getId());
                List<String> users = connection.dockerClient().listContainersCmd().withShowAll(true).exec().stream()
                        .filter(c -> bareId(c.getImageId()).equals(imageId))
                        .map(c -> toSummary(c).name()).sorted().toList();
                if (!users.isEmpty()) {
                    throw new EngineException(Kind.CONFLICT, "Cannot " + what + ": it is used by container "
                            + String.join(", ", users) + ", which Podman would remove with it."
                            + " Remove the container first.");
                }
            }
            connection.dockerClient().removeImageCmd(idOrRef).withForce(force).exec();
        });
    }

    static void tag(DockerConnection connection, String idOrRef, String repository, String tag) {
        connection.change("tag image " + shown(idOrRef) + " as " + repository + ":" + tag,
                () -> connection.dockerClient().tagImageCmd(idOrRef, repository, tag).exec());
    }

    /**
     * The engine's export stream of the image, returned once the engine has answered (an unknown image fails
     * here); reading it is not time-bounded, as a large image streams for minutes. Closing it frees the connection.
     */
    static InputStream save(DockerConnection connection, String idOrRef) {
        return connection.call("export image " + shown(idOrRef), EXPORT_START_LIMIT,
                () -> connection.dockerClient().saveImageCmd(idOrRef).exec());
    }
}
