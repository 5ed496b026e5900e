package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerMount;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import dev.porthole.model.PruneResult;
import dev.porthole.model.VolumeSummary;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Volumes: listed from /system/df (which has sizes and use counts), created, removed, pruned. */
final class DockerVolumes {

    private DockerVolumes() {
    }

    /** Every volume with its size and the containers mounting it, sorted by name. */
    static List<VolumeSummary> list(DockerConnection connection) {
        JsonNode df = DockerSystem.systemDf(connection);
        Map<String, TreeSet<String>> users = users(connection);
        List<VolumeSummary> out = new ArrayList<>();
        for (JsonNode v : df.path("Volumes")) {
            out.add(toVolume(v, users));
        }
        out.sort(Comparator.comparing(VolumeSummary::name));
        return out;
    }

    /** Creates a volume; a blank name lets the engine pick one. */
    static VolumeSummary create(DockerConnection connection, String name, String driver, Map<String, String> labels) {
        String shown = name == null || name.isBlank() ? "a volume" : "volume " + name.trim();
        String created = connection.call("create " + shown, DockerConnection.CHANGE_LIMIT, () -> {
            var cmd = connection.dockerClient().createVolumeCmd();
            if (name != null && !name.isBlank()) {
                cmd.withName(name.trim());
            }
            if (driver != null && !driver.isBlank()) {
                cmd.withDriver(driver.trim());
            }
            if (labels != null && !labels.isEmpty()) {
                cmd.withLabels(labels);
            }
            return cmd.exec().getName();
        });
        return list(connection).stream().filter(v -> v.name().equals(created)).findFirst()
                .orElse(new VolumeSummary(created, driver, "", null, labels, -1, List.of()));
    }

    /** Removes a volume; refused, naming them, while containers (any state) mount it. */
    static void remove(DockerConnection connection, String name) {
        String what = "remove volume " + name;
        List<String> users = new ArrayList<>(users(connection).getOrDefault(name, new TreeSet<>()));
        if (!users.isEmpty()) {
            throw new EngineException(Kind.CONFLICT, "Cannot " + what + ": it is used by container"
                    + (users.size() == 1 ? " " : "s ") + String.join(", ", users) + ". Remove "
                    + (users.size() == 1 ? "that container" : "those containers") + " first.");
        }
        connection.change(what, () -> connection.dockerClient().removeVolumeCmd(name).exec());
    }

    /** The volumes a prune would remove: those no container mounts, with every one of {@code labels}. */
    static List<VolumeSummary> prunePreview(DockerConnection connection, Map<String, String> labels) {
        return prunePreview(connection, labels, Set.of());
    }

    /**
     * The volumes a prune would remove once the containers named in {@code leaving} are gone (a clean-up removes
     * stopped containers first, which frees the volumes only they mount).
     */
    static List<VolumeSummary> prunePreview(DockerConnection connection, Map<String, String> labels,
                                            Set<String> leaving) {
        return list(connection).stream().filter(v -> leaving.containsAll(v.containers()) && hasLabels(v, labels))
                .toList();
    }

    /**
     * Removes exactly what {@link #prunePreview} lists now, one by one: the engine's own prune removes only
     * anonymous volumes from API 1.42 on (all of them before, and on Podman), which the preview could not match.
     * A volume that a container took in the meantime is skipped.
     */
    static PruneResult prune(DockerConnection connection, Map<String, String> labels) {
        List<String> removed = new ArrayList<>();
        long freed = 0;
        for (VolumeSummary v : prunePreview(connection, labels)) {
            try {
                connection.change("remove volume " + v.name(),
                        () -> connection.dockerClient().removeVolumeCmd(v.name()).exec());
                removed.add(v.name());
                freed += Math.max(0, v.size());
            } catch (EngineException e) {
                if (e.kind() != Kind.CONFLICT && e.kind() != Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return new PruneResult(removed, freed);
    }

    private static boolean hasLabels(VolumeSummary v, Map<String, String> labels) {
        if (labels == null) {
            return true;
        }
        return labels.entrySet().stream().allMatch(e -> e.getValue() == null || e.getValue().isEmpty()
                ? v.labels().containsKey(e.getKey()) : e.getValue().equals(v.labels().get(e.getKey())));
    }

    /** Volume name → names of the containers (any state) that mount it. */
    private static Map<String, TreeSet<String>> users(DockerConnection connection) {
        List<Container> containers = connection.call("list containers", DockerConnection.READ_LIMIT,
                () -> connection.dockerClient().listContainersCmd().withShowAll(true).exec());
        Map<String, TreeSet<String>> users = new HashMap<>();
        for (Container c : containers) {
            if (c.getMounts() == null) {
                continue;
            }
            String name = DockerMapping.toSummary(c).name();
            for (ContainerMount m : c.getMounts()) {
                if (m.getName() != null && !m.getName().isBlank()) {
                    users.computeIfAbsent(m.getName(), k -> new TreeSet<>()).add(name);
                }
            }
        }
        return users;
    }

    private static VolumeSummary toVolume(JsonNode v, Map<String, TreeSet<String>> users) {
        String name = v.path("Name").asText();
        Map<String, String> labels = new LinkedHashMap<>();
        v.path("Labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        JsonNode usage = v.path("UsageData");
        long size = usage.isMissingNode() || usage.isNull() ? -1 : usage.path("Size").asLong(-1);
        return new VolumeSummary(name, v.path("Driver").asText(""), v.path("Mountpoint").asText(""),
                instant(v.path("CreatedAt").asText("")), labels, size,
                new ArrayList<>(users.getOrDefault(name, new TreeSet<>())));
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
