package dev.porthole.engine;

import dev.porthole.build.BuildEvent;
import dev.porthole.build.BuildRequest;
import dev.porthole.model.ContainerDetails;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.ProcessList;
import dev.porthole.model.StatsSample;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineInfo;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.LogChunk;
import dev.porthole.model.LogRequest;
import dev.porthole.model.RunSpec;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The container engine as Porthole uses it. Every call blocks on the network: never call it on the FX thread.
 * Failures are {@link EngineException}s with a message a user can read.
 */
public interface Engine extends AutoCloseable {

    /** The endpoint this engine talks to. */
    EngineEndpoint endpoint();

    /** Engine name, version and negotiated API version. */
    EngineInfo info();

    /** Containers, running only or all, sorted by name. */
    List<ContainerSummary> listContainers(boolean all);

    /** One container's summary, or null when it does not exist (any more). */
    ContainerSummary findContainer(String idOrName);

    /** Inspect data of one container. */
    ContainerDetails inspectContainer(String idOrName);

    void startContainer(String id);

    void stopContainer(String id);

    void restartContainer(String id);

    void pauseContainer(String id);

    void unpauseContainer(String id);

    void killContainer(String id);

    /** Removes a container; {@code force} kills it first when running. */
    void removeContainer(String id, boolean force);

    /** Images, sorted by first tag (dangling last), each with the count of containers using it. */
    List<ImageSummary> listImages();

    /** The engine's inspect JSON of an image, pretty-printed. */
    String inspectImageJson(String idOrRef);

    /** The image's history, newest step first (as docker history). */
    List<ImageHistoryEntry> imageHistory(String idOrRef);

    /** Removes an image; {@code force} also untags it when containers still use it. */
    void removeImage(String idOrRef, boolean force);

    /** Adds the tag {@code repository:tag} to an image. */
    void tagImage(String idOrRef, String repository, String tag);

    /**
     * The image as the engine exports it ({@code docker save}): a tar stream to read once and close, never written
     * to disk. An unknown image fails at once. Default: not supported, so test fakes need not implement it.
     */
    default InputStream saveImage(String idOrRef) {
        throw new EngineException(EngineException.Kind.OTHER, "Cannot export image " + idOrRef
                + ": this engine connection does not support it.");
    }

    /**
     * Builds an image from a scanned context, streaming the context and reporting steps, output and one ending to
     * {@code onEvent} on the build's own thread. Returns once the request is under way; closing the returned
     * subscription cancels the build. Default: not supported, so test fakes need not implement it.
     */
    default Subscription buildImage(BuildRequest request, Consumer<BuildEvent> onEvent) {
        throw new EngineException(EngineException.Kind.OTHER,
                "Cannot build images: this engine connection does not support it.");
    }

    /**
     * Follows a container's stats stream (about one sample a second on Docker, every ~5 s on Podman).
     * {@code onSample} and {@code onEnd} run on the stream's thread; {@code onEnd} gets null after a close by the
     * caller, else why the stream ended (the container stopped…). Closing the subscription frees the connection.
     */
    default Subscription stats(String containerId, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd) {
        throw unsupported("follow the stats of " + containerId);
    }

    /** The container's processes (the engine's top), a short bounded call. */
    default ProcessList top(String containerId) {
        throw unsupported("list the processes of " + containerId);
    }

    /**
     * The engine's tar of a path in the container (GET archive): returned once the engine has answered (a missing
     * path fails at once as NOT_FOUND); the caller reads it once and closes it.
     */
    default InputStream archive(String containerId, String path) {
        throw unsupported("read " + path + " in " + containerId);
    }

    /**
     * Starts {@code command} in the running container with a TTY of {@code columns}×{@code rows}, stdin attached.
     * Output bytes go to {@code onOutput} on the session's thread; {@code onEnd} gets null when the process ends
     * or the caller closes the session, else the failure.
     */
    default ExecSession exec(String containerId, List<String> command, int columns, int rows,
                             Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
        throw unsupported("open a terminal in " + containerId);
    }

    // ---- volumes, networks, system (defaults: not supported, so test fakes need not implement them)

    /** Every volume with its size and the containers mounting it (from the engine's disk-usage data), by name. */
    default List<dev.porthole.model.VolumeSummary> listVolumes() {
        throw unsupported("list volumes");
    }

    /** Creates a volume (a blank name lets the engine pick one; a blank driver is "local"). */
    default dev.porthole.model.VolumeSummary createVolume(String name, String driver, java.util.Map<String, String> labels) {
        throw unsupported("create volumes");
    }

    /** Removes a volume; a CONFLICT naming the containers while any (in any state) mount it. */
    default void removeVolume(String name) {
        throw unsupported("remove volume " + name);
    }

    /** What {@link #pruneVolumes} would remove now: unused volumes carrying all {@code labels} (empty: any). */
    default List<dev.porthole.model.VolumeSummary> volumePrunePreview(java.util.Map<String, String> labels) {
        throw unsupported("preview a volume prune");
    }

    /** Removes the unused volumes carrying all {@code labels}; says which went and the bytes freed. */
    default dev.porthole.model.PruneResult pruneVolumes(java.util.Map<String, String> labels) {
        throw unsupported("prune volumes");
    }

    /** Every network with the containers attached, by name. */
    default List<dev.porthole.model.NetworkSummary> listNetworks() {
        throw unsupported("list networks");
    }

    /** Creates a network; returns its id. */
    default String createNetwork(dev.porthole.model.NetworkSpec spec) {
        throw unsupported("create networks");
    }

    /** Removes a network; a CONFLICT naming the containers while any are attached. */
    default void removeNetwork(String idOrName) {
        throw unsupported("remove network " + idOrName);
    }

    /** Attaches a container to a network. */
    default void connectNetwork(String network, String container) {
        throw unsupported("connect " + container + " to " + network);
    }

    /** Detaches a container from a network. */
    default void disconnectNetwork(String network, String container) {
        throw unsupported("disconnect " + container + " from " + network);
    }

    /** The engine's inspect JSON of a network, pretty-printed. */
    default String inspectNetworkJson(String idOrName) {
        throw unsupported("inspect network " + idOrName);
    }

    /** Engine facts and object counts, for the dashboard. */
    default dev.porthole.model.EngineFacts engineFacts() {
        throw unsupported("read the engine's facts");
    }

    /** Disk usage per kind (images, containers, volumes, build cache) with the reclaimable part. */
    default dev.porthole.model.DiskUsage diskUsage() {
        throw unsupported("read the engine's disk usage");
    }

    /** What a clean-up of {@code request} would remove now, with sizes (see the engine's prune rules). */
    default dev.porthole.model.CleanupPlan cleanupPreview(dev.porthole.model.CleanupRequest request) {
        throw unsupported("preview a clean-up");
    }

    /**
     * Removes exactly the plan's items (nothing created since the preview); an item that fails is reported in
     * the result, not thrown.
     */
    default dev.porthole.model.CleanupResult cleanUp(dev.porthole.model.CleanupPlan plan) {
        throw unsupported("clean up");
    }

    /**
     * Creates (does not start) a labelled helper container of a busybox image with the volume mounted read-only
     * at {@code mountPath}, for reading its files through the archive API; returns its id. The caller removes
     * it. A NOT_FOUND says so when no busybox image exists and none can be built.
     */
    default String createVolumeHelper(String volume, String mountPath) {
        throw unsupported("browse volume " + volume);
    }

    // ---- registries (defaults: not supported, so test fakes need not implement them)

    /**
     * Pulls {@code reference} (latest when it names no tag), sending {@code auth} when not null. Layer updates,
     * status lines and exactly one ending go to {@code onEvent} on the pull's own thread; closing the returned
     * subscription cancels.
     */
    default Subscription pullImage(String reference, dev.porthole.model.RegistryCredential auth,
                                   Consumer<dev.porthole.model.TransferEvent> onEvent) {
        throw unsupported("pull " + reference);
    }

    /** Pushes the local image {@code reference} to its registry; events as {@link #pullImage}. */
    default Subscription pushImage(String reference, dev.porthole.model.RegistryCredential auth,
                                   Consumer<dev.porthole.model.TransferEvent> onEvent) {
        throw unsupported("push " + reference);
    }

    /**
     * Checks {@code credential} against its registry through the engine (docker login); returns an identity token
     * when the registry hands one out (store it instead of the password), else null. Wrong credentials throw.
     */
    default String checkRegistryLogin(dev.porthole.model.RegistryCredential credential) {
        throw unsupported("sign in to " + credential.registry());
    }

    private EngineException unsupported(String what) {
        return new EngineException(EngineException.Kind.OTHER, "Cannot " + what
                + ": this engine connection does not support it.");
    }

    /** Creates and starts a container; returns its id. */
    String runContainer(RunSpec spec);

    /**
     * Follows the engine's event stream. {@code onEvent} and {@code onEnd} run on the stream's own thread;
     * {@code onEnd} gets null on a normal close by the caller, else the failure that ended the stream.
     * Closing the returned subscription ends the stream and frees its connection.
     */
    Subscription events(Consumer<EngineEvent> onEvent, Consumer<Throwable> onEnd);

    /**
     * Reads a container's log with timestamps: {@code onChunk} gets its bytes (stdout and stderr apart, unless the
     * container has a TTY) and {@code onEnd} runs once after the last chunk, both on the stream's own thread;
     * {@code onEnd} gets null when the stream ended normally (all read, the container stopped, or the caller
     * closed it), else the failure. Returns once the engine has accepted the request; throws when it refuses.
     * Default: not supported, so test fakes need not implement it.
     */
    default Subscription logs(String containerId, LogRequest request, Consumer<LogChunk> onChunk,
                              Consumer<Throwable> onEnd) {
        throw new EngineException(EngineException.Kind.OTHER, "Cannot read the log of " + containerId
                + ": this engine connection does not support it.");
    }

    /** Releases the client and its connections. */
    @Override
    void close();
}
