package dev.porthole.engine.docker;

import com.github.dockerjava.api.DockerClient;
import dev.porthole.build.BuildEvent;
import dev.porthole.build.BuildRequest;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.ExecSession;
import dev.porthole.engine.Subscription;
import dev.porthole.model.CleanupPlan;
import dev.porthole.model.CleanupRequest;
import dev.porthole.model.CleanupResult;
import dev.porthole.model.ContainerDetails;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.DiskUsage;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineFacts;
import dev.porthole.model.EngineInfo;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.ImageName;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.LogChunk;
import dev.porthole.model.LogRequest;
import dev.porthole.model.NetworkSpec;
import dev.porthole.model.NetworkSummary;
import dev.porthole.model.ProcessList;
import dev.porthole.model.PruneResult;
import dev.porthole.model.RegistryCredential;
import dev.porthole.model.RunSpec;
import dev.porthole.model.StatsSample;
import dev.porthole.model.TransferEvent;
import dev.porthole.model.VolumeSummary;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import static dev.porthole.engine.docker.DockerConnection.READ_LIMIT;
import static dev.porthole.engine.docker.DockerMapping.shown;

/**
 * {@link Engine} on docker-java with the httpclient5 transport; talks to Docker and Podman (its Docker API).
 * The client is built, and the API version negotiated, on the first call ({@link DockerConnection}); the work
 * lives in one small class per kind of object (DockerContainers, DockerImages, DockerVolumes…), this one only
 * hands each call to its place and owns the event streams.
 */
public final class DockerEngine implements Engine {

    /** How long {@link #events} waits for the engine to accept the stream before returning. */
    static final Duration EVENTS_OPEN_LIMIT = Duration.ofSeconds(5);

    private final EngineEndpoint endpoint;
    private final DockerConnection connection;
    private final Set<DockerEventStream> streams = ConcurrentHashMap.newKeySet();

    DockerEngine(EngineEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.connection = new DockerConnection(endpoint);
    }

    @Override
    public EngineEndpoint endpoint() {
        return endpoint;
    }

    /** Engine facts from a fresh version call; the first call negotiates the API version. */
    @Override
    public EngineInfo info() {
        return DockerSystem.info(connection);
    }

    // ---- containers (DockerContainers) ----

    /** Containers, running only or all, sorted by name. */
    @Override
    public List<ContainerSummary> listContainers(boolean all) {
        return DockerContainers.list(connection, all);
    }

    /** One container by id, id prefix or exact name, or null when there is none. */
    @Override
    public ContainerSummary findContainer(String idOrName) {
        return DockerContainers.find(connection, idOrName);
    }

    /** Inspect data of one container, grouped for the detail pane, with the engine's full JSON. */
    @Override
    public ContainerDetails inspectContainer(String idOrName) {
        return DockerContainers.inspect(connection, idOrName);
    }

    @Override
    public void startContainer(String id) {
        DockerContainers.start(connection, id);
    }

    @Override
    public void stopContainer(String id) {
        DockerContainers.stop(connection, id);
    }

    @Override
    public void restartContainer(String id) {
        DockerContainers.restart(connection, id);
    }

    @Override
    public void pauseContainer(String id) {
        DockerContainers.pause(connection, id);
    }

    @Override
    public void unpauseContainer(String id) {
        DockerContainers.unpause(connection, id);
    }

    @Override
    public void killContainer(String id) {
        DockerContainers.kill(connection, id);
    }

    /** Removes a container (not its volumes); {@code force} kills it first when running. */
    @Override
    public void removeContainer(String id, boolean force) {
        DockerContainers.remove(connection, id, force);
    }

    /** Creates and starts a container; if start fails the created container is removed again. */
    @Override
    public String runContainer(RunSpec spec) {
        return DockerContainers.run(connection, spec);
    }

    // ---- images (DockerImages, DockerBuild) ----

    /** Images sorted by first tag, dangling last, each with the count of containers (any state) using it. */
    @Override
    public List<ImageSummary> listImages() {
        return DockerImages.list(connection);
    }

    @Override
    public String inspectImageJson(String idOrRef) {
        return DockerImages.inspectJson(connection, idOrRef);
    }

    /** The image's history as the engine gives it: newest step first. */
    @Override
    public List<ImageHistoryEntry> imageHistory(String idOrRef) {
        return DockerImages.history(connection, idOrRef);
    }

    /** Removes an image; {@code force} also untags it when containers use it (refused on Podman, see there). */
    @Override
    public void removeImage(String idOrRef, boolean force) {
        DockerImages.remove(connection, idOrRef, force);
    }

    @Override
    public void tagImage(String idOrRef, String repository, String tag) {
        DockerImages.tag(connection, idOrRef, repository, tag);
    }

    /** The engine's export stream of the image, once the engine has answered; reading it is not time-bounded. */
    @Override
    public InputStream saveImage(String idOrRef) {
        return DockerImages.save(connection, idOrRef);
    }

    /** Starts a build; see {@link DockerBuild}. */
    @Override
    public Subscription buildImage(BuildRequest request, Consumer<BuildEvent> onEvent) {
        return DockerBuild.start(connection.clientForStream("build an image"), endpoint.host(), request, onEvent);
    }

    // ---- inside a container: stats, processes, files, exec (DockerStats*, DockerProcesses, DockerExec) ----

    /** Follows the stats stream; returns once the request is sent. Closing the subscription frees the connection. */
    @Override
    public Subscription stats(String containerId, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd) {
        DockerClient docker = connection.clientForStream("follow the stats of " + shown(containerId));
        DockerStatsStream stream = new DockerStatsStream(endpoint.host(), shown(containerId), onSample, onEnd);
        docker.statsCmd(containerId).exec(stream);
        return stream::closeByCaller;
    }

    @Override
    public ProcessList top(String containerId) {
        return connection.call("list the processes of " + shown(containerId), READ_LIMIT,
                () -> DockerProcesses.top(connection.dockerClient(), containerId));
    }

    /** The tar of a path, once the engine has answered; reading it is not time-bounded (a folder may be large). */
    @Override
    public InputStream archive(String containerId, String path) {
        return connection.call("read " + path + " in " + shown(containerId), READ_LIMIT,
                () -> connection.dockerClient().copyArchiveFromContainerCmd(containerId, path).exec());
    }

    @Override
    public ExecSession exec(String containerId, List<String> command, int columns, int rows,
                            Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
        return DockerExec.start(connection, containerId, command, columns, rows, onOutput, onEnd);
    }

    /** Reads a container's log; see {@link DockerLogs}. */
    @Override
    public Subscription logs(String containerId, LogRequest request, Consumer<LogChunk> onChunk,
                             Consumer<Throwable> onEnd) {
        return DockerLogs.open(connection, containerId, request, onChunk, onEnd);
    }

    // ---- volumes, networks, system (DockerVolumes, DockerHelpers, DockerNetworks, DockerSystem, DockerPrune) ----

    @Override
    public List<VolumeSummary> listVolumes() {
        return DockerVolumes.list(connection);
    }

    @Override
    public VolumeSummary createVolume(String name, String driver, Map<String, String> labels) {
        return DockerVolumes.create(connection, name, driver, labels);
    }

    @Override
    public void removeVolume(String name) {
        DockerVolumes.remove(connection, name);
    }

    @Override
    public List<VolumeSummary> volumePrunePreview(Map<String, String> labels) {
        return DockerVolumes.prunePreview(connection, labels);
    }

    @Override
    public PruneResult pruneVolumes(Map<String, String> labels) {
        return DockerVolumes.prune(connection, labels);
    }

    @Override
    public String createVolumeHelper(String volume, String mountPath) {
        return DockerHelpers.createVolumeHelper(connection, volume, mountPath);
    }

    @Override
    public List<NetworkSummary> listNetworks() {
        return DockerNetworks.list(connection);
    }

    @Override
    public String createNetwork(NetworkSpec spec) {
        return DockerNetworks.create(connection, spec);
    }

    @Override
    public void removeNetwork(String idOrName) {
        DockerNetworks.remove(connection, idOrName);
    }

    @Override
    public void connectNetwork(String network, String container) {
        DockerNetworks.connect(connection, network, container);
    }

    @Override
    public void disconnectNetwork(String network, String container) {
        DockerNetworks.disconnect(connection, network, container);
    }

    @Override
    public String inspectNetworkJson(String idOrName) {
        return DockerNetworks.inspectJson(connection, idOrName);
    }

    @Override
    public EngineFacts engineFacts() {
        return DockerSystem.facts(connection);
    }

    @Override
    public DiskUsage diskUsage() {
        return DockerSystem.diskUsage(connection);
    }

    @Override
    public CleanupPlan cleanupPreview(CleanupRequest request) {
        return DockerPrune.preview(connection, request);
    }

    @Override
    public CleanupResult cleanUp(CleanupPlan plan) {
        return DockerPrune.remove(connection, plan);
    }

    // ---- registries (DockerTransfer, DockerRegistryLogin, RegistryMessages) ----

    @Override
    public Subscription pullImage(String reference, RegistryCredential auth, Consumer<TransferEvent> onEvent) {
        ImageName name = parseReference("pull", reference);
        DockerClient docker = connection.clientForStream("pull " + name.withDefaultTag());
        return DockerTransfer.pull(docker, endpoint.host(), name, auth, onEvent);
    }

    @Override
    public Subscription pushImage(String reference, RegistryCredential auth, Consumer<TransferEvent> onEvent) {
        ImageName name = parseReference("push", reference);
        DockerClient docker = connection.clientForStream("push " + name.withDefaultTag());
        return DockerTransfer.push(docker, endpoint.host(), name, auth, onEvent);
    }

    @Override
    public String checkRegistryLogin(RegistryCredential credential) {
        return DockerRegistryLogin.check(connection, credential);
    }

    private static ImageName parseReference(String verb, String reference) {
        try {
            return ImageName.parse(reference);
        } catch (IllegalArgumentException e) {
            throw new EngineException(EngineException.Kind.BAD_REQUEST, "Cannot " + verb + ": " + e.getMessage());
        }
    }

    // ---- events and the client ----

    /**
     * Follows the event stream; returns once the engine has accepted it (or after a few seconds), so events
     * caused after the return are seen. Throws when the engine cannot be reached to open it; later failures
     * go to {@code onEnd}.
     */
    @Override
    public Subscription events(Consumer<EngineEvent> onEvent, Consumer<Throwable> onEnd) {
        DockerClient docker = connection.clientForStream("follow the engine's events");
        DockerEventStream stream = new DockerEventStream(endpoint.host(), onEvent, onEnd, streams::remove);
        streams.add(stream);
        docker.eventsCmd().exec(stream);
        stream.awaitOpen(EVENTS_OPEN_LIMIT);
        return stream::closeByCaller;
    }

    /** Ends open event streams and releases the client's connections. */
    @Override
    public void close() {
        connection.close(() -> List.copyOf(streams).forEach(DockerEventStream::closeByCaller));
    }

    /**
     * The docker-java client pinned to the negotiated API version, built on first use (which asks the engine).
     * For bench fixtures and test support; its calls are neither bounded nor translated.
     */
    public DockerClient dockerClient() {
        return connection.dockerClient();
    }

    @Override
    public String toString() {
        return "DockerEngine[" + endpoint + "]";
    }
}
