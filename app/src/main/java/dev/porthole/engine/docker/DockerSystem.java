package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.porthole.engine.EngineException;
import dev.porthole.model.DiskUsage;
import dev.porthole.model.DiskUsage.Usage;
import dev.porthole.model.EngineFacts;
import dev.porthole.model.EngineInfo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** The engine's version, info and disk usage (/version, /info, /system/df), for the dashboard and volumes' sizes. */
final class DockerSystem {

    private DockerSystem() {
    }

    /** Engine facts from a fresh version call; the first call negotiates the API version. */
    static EngineInfo info(DockerConnection connection) {
        return connection.call("read the engine's version", DockerConnection.INFO_LIMIT, () -> {
            Version v = connection.dockerClient().versionCmd().exec();
            return new EngineInfo(DockerMapping.productName(v), v.getVersion(), connection.negotiatedApiVersion(),
                    v.getOperatingSystem(), v.getArch(), connection.endpoint().host());
        });
    }

    /** The raw /system/df answer; measuring volumes can take a while on a full disk, hence the read bound. */
    static JsonNode systemDf(DockerConnection connection) {
        try (DockerHttpClient.Response response = connection.openGet("read the engine's disk usage", "/system/df")) {
            return DockerMapping.parse(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Disk usage per kind, reckoned as {@code docker system df} does. */
    static DiskUsage diskUsage(DockerConnection connection) {
        return diskUsage(systemDf(connection));
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

        Usage containers = usage(df.path("Containers"), c -> c.path("SizeRw").asLong(0),
                c -> "running".equals(c.path("State").asText()) || "paused".equals(c.path("State").asText()));
        Usage volumes = usage(df.path("Volumes"), v -> v.path("UsageData").path("Size").asLong(0),
                v -> v.path("UsageData").path("RefCount").asInt(0) > 0);
        // a shared build cache record's bytes belong to another record
        Usage buildCache = usage(df.path("BuildCache"),
                b -> b.path("Shared").asBoolean(false) ? 0 : b.path("Size").asLong(0),
                b -> b.path("InUse").asBoolean(false));
        return new DiskUsage(imageUsage, containers, volumes, buildCache);
    }

    /** Counts {@code items} and those in use, sums their sizes (unknown, -1, as 0) and what the unused hold. */
    private static Usage usage(JsonNode items, ToLongFunction<JsonNode> size, Predicate<JsonNode> inUse) {
        int count = 0;
        int used = 0;
        long total = 0;
        long reclaimable = 0;
        for (JsonNode item : items) {
            count++;
            long bytes = Math.max(0, size.applyAsLong(item));
            total += bytes;
            if (inUse.test(item)) {
                used++;
            } else {
                reclaimable += bytes;
            }
        }
        return new Usage(count, used, total, reclaimable);
    }

    /** Facts and counts for the dashboard: /version, /info, and the volume and network lists. */
    static EngineFacts facts(DockerConnection connection) {
        var info = info(connection);
        Info i = connection.call("read the engine's info", DockerConnection.READ_LIMIT,
                () -> connection.dockerClient().infoCmd().exec());
        int volumes = count(connection, "volumes", docker -> docker.listVolumesCmd().exec().getVolumes());
        // /info counts intermediate images too; the images page (and docker images) shows the top-level ones
        int images = count(connection, "images", docker -> docker.listImagesCmd().exec());
        int networks = count(connection, "networks", docker -> docker.listNetworksCmd().exec());
        if (i == null) {
            throw new EngineException(EngineException.Kind.OTHER, "The engine sent no info.");
        }
        return new EngineFacts(info, Objects.toString(i.getName(), ""), Objects.toString(i.getKernelVersion(), ""),
                orZero(i.getNCPU()), i.getMemTotal() == null ? 0 : i.getMemTotal(),
                Objects.toString(i.getDriver(), ""), Objects.toString(i.getDockerRootDir(), ""),
                orZero(i.getContainersRunning()), orZero(i.getContainersPaused()), orZero(i.getContainersStopped()),
                images, volumes, networks);
    }

    /** How many of a kind the engine lists ({@code what}: "volumes"…), a bounded call; none when it sends null. */
    private static int count(DockerConnection connection, String what, Function<DockerClient, Collection<?>> list) {
        return connection.call("count " + what, DockerConnection.READ_LIMIT, () -> {
            Collection<?> all = list.apply(connection.dockerClient());
            return all == null ? 0 : all.size();
        });
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
