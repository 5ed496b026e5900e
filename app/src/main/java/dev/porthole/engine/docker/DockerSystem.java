package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.porthole.engine.EngineException;
import dev.porthole.model.DiskUsage;
import dev.porthole.model.DiskUsage.Usage;
import dev.porthole.model.EngineFacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The engine's info and disk usage (/info, /system/df), for the dashboard and the volumes' sizes. */
final class DockerSystem {

    private DockerSystem() {
    }

    /** The raw /system/df answer; measuring volumes can take a while on a full disk, hence the read bound. */
    static JsonNode systemDf(DockerEngine engine) {
        try (DockerHttpClient.Response response = engine.openGet("read the engine's disk usage", "/system/df")) {
            return DockerMapping.parse(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Disk usage per kind, reckoned as {@code docker system df} does. */
    static DiskUsage diskUsage(DockerEngine engine) {
        return diskUsage(systemDf(engine));
    }

    /** Disk usage from a /system/df answer (package-visible for tests). */
    static DiskUsage diskUsage(JsonNode df) {
        // images: layers shared between images count once (LayersSize); an image in use pins its own layers
        long layers = df.path("LayersSize").asLong(0);
        int images = 0;
        int activeImages = 0;
        long usedByActive = 0;
        for (JsonNode i : df.path("Images")) {
            images++;
            if (i.path("Containers").asInt(0) > 0) {
                activeImages++;
                long shared = i.path("SharedSize").asLong(-1);
                usedByActive += i.path("Size").asLong(0) - Math.max(0, shared);
            }
        }
        Usage imageUsage = new Usage(images, activeImages, layers, Math.max(0, layers - usedByActive));

        int containers = 0;
        int running = 0;
        long rw = 0;
        long rwStopped = 0;
        for (JsonNode c : df.path("Containers")) {
            containers++;
            long size = Math.max(0, c.path("SizeRw").asLong(0));
            rw += size;
            if ("running".equals(c.path("State").asText()) || "paused".equals(c.path("State").asText())) {
                running++;
            } else {
                rwStopped += size;
            }
        }
        Usage containerUsage = new Usage(containers, running, rw, rwStopped);

        int volumes = 0;
        int usedVolumes = 0;
        long volumeBytes = 0;
        long unusedBytes = 0;
        for (JsonNode v : df.path("Volumes")) {
            volumes++;
            long size = Math.max(0, v.path("UsageData").path("Size").asLong(0));
            volumeBytes += size;
            if (v.path("UsageData").path("RefCount").asInt(0) > 0) {
                usedVolumes++;
            } else {
                unusedBytes += size;
            }
        }
        Usage volumeUsage = new Usage(volumes, usedVolumes, volumeBytes, unusedBytes);

        int records = 0;
        int inUse = 0;
        long cache = 0;
        long cacheFree = 0;
        for (JsonNode b : df.path("BuildCache")) {
            records++;
            boolean used = b.path("InUse").asBoolean(false);
            if (used) {
                inUse++;
            }
            if (!b.path("Shared").asBoolean(false)) {
                long size = Math.max(0, b.path("Size").asLong(0));
                cache += size;
                if (!used) {
                    cacheFree += size;
                }
            }
        }
        return new DiskUsage(imageUsage, containerUsage, volumeUsage, new Usage(records, inUse, cache, cacheFree));
    }

    /** Facts and counts for the dashboard: /version, /info, and the volume and network lists. */
    static EngineFacts facts(DockerEngine engine) {
        var info = engine.info();
        Info i = engine.call("read the engine's info", DockerEngine.READ_LIMIT,
                () -> engine.dockerClient().infoCmd().exec());
        int volumes = engine.call("count volumes", DockerEngine.READ_LIMIT, () -> {
            var list = engine.dockerClient().listVolumesCmd().exec().getVolumes();
            return list == null ? 0 : list.size();
        });
        // /info counts intermediate images too; the images page (and docker images) shows the top-level ones
        int images = engine.call("count images", DockerEngine.READ_LIMIT,
                () -> engine.dockerClient().listImagesCmd().exec().size());
        int networks = engine.call("count networks", DockerEngine.READ_LIMIT,
                () -> engine.dockerClient().listNetworksCmd().exec().size());
        if (i == null) {
            throw new EngineException(EngineException.Kind.OTHER, "The engine sent no info.");
        }
        return new EngineFacts(info, Objects.toString(i.getName(), ""), Objects.toString(i.getKernelVersion(), ""),
                orZero(i.getNCPU()), i.getMemTotal() == null ? 0 : i.getMemTotal(),
                Objects.toString(i.getDriver(), ""), Objects.toString(i.getDockerRootDir(), ""),
                orZero(i.getContainersRunning()), orZero(i.getContainersPaused()), orZero(i.getContainersStopped()),
                images, volumes, networks);
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
