package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.PruneType;
import dev.porthole.engine.EngineException;
import dev.porthole.model.CleanupItem;
import dev.porthole.model.CleanupKind;
import dev.porthole.model.CleanupPlan;
import dev.porthole.model.CleanupRequest;
import dev.porthole.model.CleanupResult;
import dev.porthole.model.Ids;
import dev.porthole.model.NetworkSummary;
import dev.porthole.model.VolumeSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * System clean-up: a preview reckoned from the engine's own lists and /system/df with the rules of its prune
 * (API 1.41), then the removal of exactly the previewed objects, one by one, so nothing created after the preview
 * is touched. The rules, per kind, in removal order (the engine's system prune order):
 * <ul>
 *   <li>containers: every container not running (created, exited, dead; paused and restarting count as running);
 *   <li>networks: custom networks (not bridge, host, none) with no container attached, once the previewed
 *       containers are gone;
 *   <li>volumes: every volume, named or anonymous, no container mounts once the previewed containers are gone
 *       (prune's rule up to API 1.41; from 1.42 the engine's prune needs all=true for named ones);
 *   <li>images: images no container uses (once the previewed containers are gone) and, unless all unused images
 *       were asked for, without any tag or digest; images with dependent child images are left out, as the
 *       engine would only untag them;
 *   <li>build cache: records not in use (its size counts when not shared); the engine has no per-record removal
 *       on 1.41, so this one runs the engine's build prune and reports which previewed records went.
 * </ul>
 */
final class DockerPrune {

    private static final Set<String> RUNNING_STATES = Set.of("running", "paused", "restarting");

    private DockerPrune() {
    }

    /** What a clean-up of {@code request} removes now. */
    static CleanupPlan preview(DockerConnection connection, CleanupRequest request) {
        JsonNode df = DockerSystem.systemDf(connection);
        List<CleanupItem> items = new ArrayList<>();
        Set<String> leavingIds = new HashSet<>();
        Set<String> leavingNames = new HashSet<>();
        if (request.includes(CleanupKind.CONTAINERS)) {
            for (JsonNode c : df.path("Containers")) {
                String state = c.path("State").asText("");
                if (!RUNNING_STATES.contains(state) && request.matches(labels(c))) {
                    String name = containerName(c);
                    leavingIds.add(c.path("Id").asText());
                    leavingNames.add(name);
                    items.add(new CleanupItem(CleanupKind.CONTAINERS, c.path("Id").asText(), name,
                            c.path("SizeRw").asLong(0), state + " · " + c.path("Image").asText("")));
                }
            }
        }
        if (request.includes(CleanupKind.NETWORKS)) {
            for (NetworkSummary n : DockerNetworks.list(connection)) {
                if (!n.predefined() && leavingNames.containsAll(n.containers()) && request.matches(n.labels())) {
                    items.add(new CleanupItem(CleanupKind.NETWORKS, n.id(), n.name(), 0, n.driver()));
                }
            }
        }
        if (request.includes(CleanupKind.VOLUMES)) {
            for (VolumeSummary v : DockerVolumes.prunePreview(connection, request.labels(), leavingNames)) {
                items.add(new CleanupItem(CleanupKind.VOLUMES, v.name(), v.name(), v.size(),
                        v.inUse() ? "used only by " + String.join(", ", v.containers()) : "unused"));
            }
        }
        if (request.includes(CleanupKind.IMAGES)) {
            items.addAll(images(connection, df, request, leavingIds));
        }
        if (request.includes(CleanupKind.BUILD_CACHE) && request.labels().isEmpty()) {
            for (JsonNode b : df.path("BuildCache")) {
                if (!b.path("InUse").asBoolean(false)) {
                    boolean shared = b.path("Shared").asBoolean(false);
                    items.add(new CleanupItem(CleanupKind.BUILD_CACHE, b.path("ID").asText(),
                            Ids.shortId(b.path("ID").asText()) + " " + b.path("Description").asText(""),
                            shared ? 0 : b.path("Size").asLong(0), b.path("Type").asText("") + (shared ? " · shared" : "")));
                }
            }
        }
        return new CleanupPlan(request, items);
    }

    /** Removes the plan's items in its order; an item that fails is reported, and the rest go on. */
    static CleanupResult remove(DockerConnection connection, CleanupPlan plan) {
        List<CleanupItem> removed = new ArrayList<>();
        List<CleanupResult.Failure> failures = new ArrayList<>();
        long freed = 0;
        List<CleanupItem> cache = new ArrayList<>();
        for (CleanupItem item : plan.items()) {
            if (item.kind() == CleanupKind.BUILD_CACHE) {
                cache.add(item);
                continue;
            }
            try {
                removeOne(connection, item);
                removed.add(item);
                freed += item.size();
            } catch (EngineException e) {
                failures.add(new CleanupResult.Failure(item, e.getMessage()));
            }
        }
        if (!cache.isEmpty()) {
            try {
                freed += connection.call("prune the build cache", DockerConnection.CHANGE_LIMIT, () -> {
                    Long bytes = connection.dockerClient().pruneCmd(PruneType.BUILD).exec().getSpaceReclaimed();
                    return bytes == null ? 0L : bytes;
                });
                Set<String> left = new HashSet<>();
                DockerSystem.systemDf(connection).path("BuildCache").forEach(b -> left.add(b.path("ID").asText()));
                for (CleanupItem item : cache) {
                    if (left.contains(item.id())) {
                        failures.add(new CleanupResult.Failure(item, "The engine's build prune kept it."));
                    } else {
                        removed.add(item);
                    }
                }
            } catch (EngineException e) {
                cache.forEach(item -> failures.add(new CleanupResult.Failure(item, e.getMessage())));
            }
        }
        return new CleanupResult(removed, failures, freed);
    }

    private static void removeOne(DockerConnection connection, CleanupItem item) {
        switch (item.kind()) {
            // not forced: a container started since the preview is refused, and so reported
            case CONTAINERS -> connection.change("remove container " + item.name(), () -> connection.dockerClient()
                    .removeContainerCmd(item.id()).withForce(false).withRemoveVolumes(false).exec());
            case NETWORKS -> DockerNetworks.remove(connection, item.id());
            case VOLUMES -> DockerVolumes.remove(connection, item.id());
            case IMAGES -> removeImage(connection, item);
            case BUILD_CACHE -> throw new IllegalArgumentException("build cache goes through the engine's prune");
        }
    }

    /**
     * Removes an image as the engine's prune does: tag by tag (a tag moved to another image since the preview is
     * left alone), by id when untagged. Never forced, so an image taken into use since the preview stays.
     */
    private static void removeImage(DockerConnection connection, CleanupItem item) {
        connection.change("remove image " + item.name(), () -> {
            var docker = connection.dockerClient();
            List<String> tags = docker.inspectImageCmd(item.id()).exec().getRepoTags();
            if (tags != null) {
                for (String tag : tags) {
                    if (!tag.equals("<none>:<none>") && item.id().equals(docker.inspectImageCmd(tag).exec().getId())) {
                        docker.removeImageCmd(tag).withForce(false).exec();
                    }
                }
            }
            try {
                docker.removeImageCmd(item.id()).withForce(false).exec();
            } catch (com.github.dockerjava.api.exception.NotFoundException gone) {
                // the last tag took it
            }
        });
    }

    private static List<CleanupItem> images(DockerConnection connection, JsonNode df, CleanupRequest request,
                                            Set<String> leavingIds) {
        // the top-level list hides intermediate images, whose parents are what have children
        List<Image> all = connection.call("list all images", DockerConnection.READ_LIMIT,
                () -> connection.dockerClient().listImagesCmd().withShowAll(true).exec());
        Set<String> parents = new HashSet<>();
        for (Image i : all) {
            if (i.getParentId() != null && !i.getParentId().isBlank()) {
                parents.add(i.getParentId());
            }
        }
        Map<String, Integer> users = new HashMap<>();
        for (JsonNode c : df.path("Containers")) {
            if (!leavingIds.contains(c.path("Id").asText())) {
                users.merge(c.path("ImageID").asText(), 1, Integer::sum);
            }
        }
        List<CleanupItem> items = new ArrayList<>();
        for (JsonNode i : df.path("Images")) {
            String id = i.path("Id").asText();
            List<String> tags = texts(i.path("RepoTags"));
            tags.remove("<none>:<none>");
            List<String> digests = texts(i.path("RepoDigests"));
            digests.remove("<none>@<none>");
            boolean dangling = tags.isEmpty() && digests.isEmpty();
            if (users.getOrDefault(id, 0) > 0 || parents.contains(id) || !(dangling || request.allImages())
                    || !request.matches(labels(i))) {
                continue;
            }
            long size = i.path("Size").asLong(0);
            long shared = i.path("SharedSize").asLong(-1);
            String name = tags.isEmpty() ? "<none> " + Ids.shortId(id) : String.join(", ", tags);
            items.add(new CleanupItem(CleanupKind.IMAGES, id, name, shared > 0 ? size - shared : size,
                    dangling ? "dangling" : "unused"));
        }
        return items;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, String> labels(JsonNode object) {
        Map<String, String> labels = new LinkedHashMap<>();
        object.path("Labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static String containerName(JsonNode c) {
        JsonNode names = c.path("Names");
        String name = names.isArray() && !names.isEmpty() ? names.get(0).asText() : Ids.shortId(c.path("Id").asText());
        return name.startsWith("/") ? name.substring(1) : name;
    }
}
