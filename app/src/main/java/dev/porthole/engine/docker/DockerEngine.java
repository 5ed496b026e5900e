package dev.porthole.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.AuthConfigurations;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.core.SSLConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.porthole.build.BuildEvent;
import dev.porthole.build.BuildRequest;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import dev.porthole.engine.ExecSession;
import dev.porthole.engine.Subscription;
import dev.porthole.model.ContainerDetails;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineInfo;
import dev.porthole.model.Ids;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.ProcessList;
import dev.porthole.model.StatsSample;
import dev.porthole.model.RunSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static dev.porthole.engine.docker.DockerMapping.BY_NAME;
import static dev.porthole.engine.docker.DockerMapping.IMAGE_ORDER;
import static dev.porthole.engine.docker.DockerMapping.bareId;
import static dev.porthole.engine.docker.DockerMapping.details;
import static dev.porthole.engine.docker.DockerMapping.parse;
import static dev.porthole.engine.docker.DockerMapping.pretty;
import static dev.porthole.engine.docker.DockerMapping.productName;
import static dev.porthole.engine.docker.DockerMapping.stripSlash;
import static dev.porthole.engine.docker.DockerMapping.toHistory;
import static dev.porthole.engine.docker.DockerMapping.toImage;
import static dev.porthole.engine.docker.DockerMapping.toSummary;

/**
 * {@link Engine} on docker-java with the httpclient5 transport; talks to Docker and Podman (its Docker API).
 * The client is built, and the API version negotiated, on the first call.
 */
public final class DockerEngine implements Engine {

    private static final Logger LOG = LoggerFactory.getLogger(DockerEngine.class);

    /** Connecting is local or LAN: a dead TCP endpoint should fail fast. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** Bound for the version call that probes and negotiates. */
    static final Duration INFO_LIMIT = Duration.ofSeconds(10);
    /** Bound for reads (lists, inspect, history). */
    static final Duration READ_LIMIT = Duration.ofSeconds(30);
    /** Bound for changes: stop waits out the container's grace period, image removal deletes layers. */
    static final Duration CHANGE_LIMIT = Duration.ofMinutes(2);
    /**
     * Bound for the first byte of an image export: Docker (moby's tarexport) copies the whole image to a temp
     * folder of its own before it sends anything, which takes minutes for large images.
     */
    static final Duration EXPORT_START_LIMIT = Duration.ofMinutes(10);
    /** How long {@link #events} waits for the engine to accept the stream before returning. */
    static final Duration EVENTS_OPEN_LIMIT = Duration.ofSeconds(5);

    private static final RemoteApiVersion NEWEST_KNOWN = newestKnownApiVersion();

    private final EngineEndpoint endpoint;
    private final Object lock = new Object();
    private final Set<DockerEventStream> streams = ConcurrentHashMap.newKeySet();

    // built on first use under lock; the client is pinned to the negotiated API version
    private DockerHttpClient http;
    private volatile DockerClient client;
    private volatile RemoteApiVersion apiVersion = RemoteApiVersion.UNKNOWN_VERSION;
    private volatile String engineApiVersion;
    /** Podman's Docker API, known by the Libpod-Api-Version header of /_ping. */
    private volatile boolean podman;
    private volatile boolean closed;

    DockerEngine(EngineEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public EngineEndpoint endpoint() {
        return endpoint;
    }

    /** Engine facts from a fresh version call; the first call negotiates the API version. */
    @Override
    public EngineInfo info() {
        return call("read the engine's version", INFO_LIMIT, () -> toInfo(dockerClient().versionCmd().exec()));
    }

    // ---- containers ----

    /** Containers, running only or all, sorted by name. */
    @Override
    public List<ContainerSummary> listContainers(boolean all) {
        return call("list containers", READ_LIMIT, () -> dockerClient().listContainersCmd().withShowAll(all).exec()
                .stream().map(DockerMapping::toSummary).sorted(BY_NAME).toList());
    }

    /** One container by id, id prefix or exact name, or null when there is none. */
    @Override
    public ContainerSummary findContainer(String idOrName) {
        String key = stripSlash(idOrName);
        return call("look up container " + key, READ_LIMIT, () -> {
            // both filters match loosely (id prefix, name regex), so pick the exact hit
            List<Container> byId = dockerClient().listContainersCmd().withShowAll(true)
                    .withIdFilter(List.of(key)).exec();
            for (Container c : byId) {
                if (c.getId() != null && c.getId().startsWith(key)) {
                    return toSummary(c);
                }
            }
            List<Container> byName = dockerClient().listContainersCmd().withShowAll(true)
                    .withNameFilter(List.of(key)).exec();
            return byName.stream().map(DockerMapping::toSummary).filter(s -> s.name().equals(key))
                    .findFirst().orElse(null);
        });
    }

    /** Inspect data of one container, grouped for the detail pane, with the engine's full JSON. */
    @Override
    public ContainerDetails inspectContainer(String idOrName) {
        String json = getJson("inspect container " + shown(idOrName), "/containers/" + pathSegment(idOrName) + "/json");
        JsonNode root = parse(json);
        // the list row has the engine's status text ("Up 3 minutes") that inspect lacks
        return details(root, findContainer(root.path("Id").asText(idOrName)));
    }

    @Override
    public void startContainer(String id) {
        change("start container " + shown(id), () -> {
            try {
                dockerClient().startContainerCmd(id).exec();
            } catch (NotModifiedException alreadyRunning) {
                // the wanted state already holds (the list was a moment stale)
            }
        });
    }

    @Override
    public void stopContainer(String id) {
        change("stop container " + shown(id), () -> {
            try {
                dockerClient().stopContainerCmd(id).exec();
            } catch (NotModifiedException alreadyStopped) {
                // the wanted state already holds
            }
        });
    }

    @Override
    public void restartContainer(String id) {
        change("restart container " + shown(id), () -> dockerClient().restartContainerCmd(id).exec());
    }

    @Override
    public void pauseContainer(String id) {
        change("pause container " + shown(id), () -> dockerClient().pauseContainerCmd(id).exec());
    }

    @Override
    public void unpauseContainer(String id) {
        change("unpause container " + shown(id), () -> dockerClient().unpauseContainerCmd(id).exec());
    }

    @Override
    public void killContainer(String id) {
        change("kill container " + shown(id), () -> dockerClient().killContainerCmd(id).exec());
    }

    /** Removes a container (not its volumes); {@code force} kills it first when running. */
    @Override
    public void removeContainer(String id, boolean force) {
        change("remove container " + shown(id), () -> dockerClient().removeContainerCmd(id).withForce(force).exec());
    }

    /** Creates and starts a container; if start fails the created container is removed again. */
    @Override
    public String runContainer(RunSpec spec) {
        String what = spec.name() == null || spec.name().isBlank()
                ? "create a container from " + spec.image()
                : "create container " + spec.name() + " from " + spec.image();
        String id = call(what, CHANGE_LIMIT, () -> createCommand(spec).exec().getId());
        try {
            startContainer(id);
        } catch (EngineException startFailed) {
            try {
                removeContainer(id, true);
            } catch (EngineException cleanupFailed) {
                startFailed.addSuppressed(cleanupFailed);
            }
            throw startFailed;
        }
        return id;
    }

    private CreateContainerCmd createCommand(RunSpec spec) {
        List<ExposedPort> exposed = new ArrayList<>();
        Ports bindings = new Ports();
        for (RunSpec.PortPublish p : spec.ports()) {
            ExposedPort port = new ExposedPort(p.containerPort(), protocol(p.protocol()));
            exposed.add(port);
            bindings.bind(port, p.hostPort() > 0 ? Ports.Binding.bindPort(p.hostPort()) : Ports.Binding.empty());
        }
        HostConfig host = HostConfig.newHostConfig()
                .withPortBindings(bindings)
                .withBinds(spec.volumes().stream().map(Bind::parse).toList())
                .withRestartPolicy(restartPolicy(spec.restartPolicy()))
                .withAutoRemove(spec.autoRemove());
        CreateContainerCmd cmd = dockerClient().createContainerCmd(spec.image())
                .withEnv(spec.env())
                .withLabels(spec.labels())
                .withExposedPorts(exposed)
                .withHostConfig(host);
        if (spec.name() != null && !spec.name().isBlank()) {
            cmd.withName(spec.name());
        }
        if (!spec.command().isEmpty()) {
            cmd.withCmd(spec.command());
        }
        return cmd;
    }

    private static InternetProtocol protocol(String protocol) {
        return protocol == null || protocol.isBlank() ? InternetProtocol.TCP : InternetProtocol.parse(protocol);
    }

    private static RestartPolicy restartPolicy(String policy) {
        if (policy == null || policy.isBlank() || policy.equals("no")) {
            return RestartPolicy.noRestart();
        }
        return switch (policy) {
            case "always" -> RestartPolicy.alwaysRestart();
            case "unless-stopped" -> RestartPolicy.unlessStoppedRestart();
            case "on-failure" -> RestartPolicy.onFailureRestart(0);
            default -> {
                if (policy.startsWith("on-failure:")) {
                    yield RestartPolicy.onFailureRestart(Integer.parseInt(policy.substring("on-failure:".length())));
                }
                throw new IllegalArgumentException("unknown restart policy \"" + policy
                        + "\" (use no, always, unless-stopped or on-failure[:N])");
            }
        };
    }

    // ---- images ----

    /** Images sorted by first tag, dangling last, each with the count of containers (any state) using it. */
    @Override
    public List<ImageSummary> listImages() {
        return call("list images", READ_LIMIT, () -> {
            Map<String, Integer> users = new HashMap<>();
            for (Container c : dockerClient().listContainersCmd().withShowAll(true).exec()) {
                users.merge(bareId(c.getImageId()), 1, Integer::sum);
            }
            return dockerClient().listImagesCmd().exec().stream()
                    .map(i -> toImage(i, users.getOrDefault(bareId(i.getId()), 0)))
                    .sorted(IMAGE_ORDER).toList();
        });
    }

    @Override
    public String inspectImageJson(String idOrRef) {
        return pretty(parse(getJson("inspect image " + shown(idOrRef), "/images/" + pathSegment(idOrRef) + "/json")));
    }

    /** The image's history as the engine gives it: newest step first. */
    @Override
    public List<ImageHistoryEntry> imageHistory(String idOrRef) {
        return call("read the history of image " + shown(idOrRef), READ_LIMIT,
                () -> dockerClient().imageHistoryCmd(idOrRef).exec().stream().map(DockerMapping::toHistory).toList());
    }

    /**
     * Removes an image; {@code force} also untags it when containers still use it. Podman's force would remove
     * those containers too, so on Podman a forced removal of an image in use is refused as Docker refuses it.
     */
    @Override
    public void removeImage(String idOrRef, boolean force) {
        String what = "remove image " + shown(idOrRef);
        change(what, () -> {
            if (force && podman) {
                String imageId = bareId(dockerClient().inspectImageCmd(idOrRef).exec().getId());
                List<String> users = dockerClient().listContainersCmd().withShowAll(true).exec().stream()
                        .filter(c -> bareId(c.getImageId()).equals(imageId))
                        .map(c -> toSummary(c).name()).sorted().toList();
                if (!users.isEmpty()) {
                    throw new EngineException(Kind.CONFLICT, "Cannot " + what + ": it is used by container "
                            + String.join(", ", users) + ", which Podman would remove with it."
                            + " Remove the container first.");
                }
            }
            dockerClient().removeImageCmd(idOrRef).withForce(force).exec();
        });
    }

    @Override
    public void tagImage(String idOrRef, String repository, String tag) {
        change("tag image " + shown(idOrRef) + " as " + repository + ":" + tag,
                () -> dockerClient().tagImageCmd(idOrRef, repository, tag).exec());
    }

    /**
     * The engine's export stream of the image, returned once the engine has answered (an unknown image fails
     * here); reading it is not time-bounded, as a large image streams for minutes. Closing it frees the connection.
     */
    @Override
    public InputStream saveImage(String idOrRef) {
        return call("export image " + shown(idOrRef), EXPORT_START_LIMIT,
                () -> dockerClient().saveImageCmd(idOrRef).exec());
    }

    /** Starts a build; see {@link DockerBuild}. */
    @Override
    public Subscription buildImage(BuildRequest request, Consumer<BuildEvent> onEvent) {
        DockerClient docker = call("build an image", INFO_LIMIT, this::dockerClient);
        return DockerBuild.start(docker, endpoint.host(), request, onEvent);
    }

    // ---- stats, processes, files, exec (the work lives in DockerStats*, DockerProcesses, DockerExec) ----

    /** Follows the stats stream; returns once the request is sent. Closing the subscription frees the connection. */
    @Override
    public Subscription stats(String containerId, Consumer<StatsSample> onSample, Consumer<Throwable> onEnd) {
        DockerClient docker = call("follow the stats of " + shown(containerId), INFO_LIMIT, this::dockerClient);
        DockerStatsStream stream = new DockerStatsStream(endpoint.host(), shown(containerId), onSample, onEnd);
        docker.statsCmd(containerId).exec(stream);
        return stream::closeByCaller;
    }

    @Override
    public ProcessList top(String containerId) {
        return call("list the processes of " + shown(containerId), READ_LIMIT,
                () -> DockerProcesses.top(dockerClient(), containerId));
    }

    /** The tar of a path, once the engine has answered; reading it is not time-bounded (a folder may be large). */
    @Override
    public InputStream archive(String containerId, String path) {
        return call("read " + path + " in " + shown(containerId), READ_LIMIT,
                () -> dockerClient().copyArchiveFromContainerCmd(containerId, path).exec());
    }

    @Override
    public ExecSession exec(String containerId, List<String> command, int columns, int rows,
                            Consumer<byte[]> onOutput, Consumer<Throwable> onEnd) {
        return DockerExec.start(this, containerId, command, columns, rows, onOutput, onEnd);
    }

    // ---- volumes, networks, system (the work lives in DockerVolumes, DockerNetworks, DockerSystem) ----

    @Override
    public List<dev.porthole.model.VolumeSummary> listVolumes() {
        return DockerVolumes.list(this);
    }

    @Override
    public dev.porthole.model.VolumeSummary createVolume(String name, String driver, Map<String, String> labels) {
        return DockerVolumes.create(this, name, driver, labels);
    }

    @Override
    public void removeVolume(String name) {
        DockerVolumes.remove(this, name);
    }

    @Override
    public List<dev.porthole.model.VolumeSummary> volumePrunePreview(Map<String, String> labels) {
        return DockerVolumes.prunePreview(this, labels);
    }

    @Override
    public dev.porthole.model.PruneResult pruneVolumes(Map<String, String> labels) {
        return DockerVolumes.prune(this, labels);
    }

    @Override
    public List<dev.porthole.model.NetworkSummary> listNetworks() {
        return DockerNetworks.list(this);
    }

    @Override
    public String createNetwork(dev.porthole.model.NetworkSpec spec) {
        return DockerNetworks.create(this, spec);
    }

    @Override
    public void removeNetwork(String idOrName) {
        DockerNetworks.remove(this, idOrName);
    }

    @Override
    public void connectNetwork(String network, String container) {
        DockerNetworks.connect(this, network, container);
    }

    @Override
    public void disconnectNetwork(String network, String container) {
        DockerNetworks.disconnect(this, network, container);
    }

    @Override
    public String inspectNetworkJson(String idOrName) {
        return DockerNetworks.inspectJson(this, idOrName);
    }

    @Override
    public dev.porthole.model.EngineFacts engineFacts() {
        return DockerSystem.facts(this);
    }

    @Override
    public dev.porthole.model.DiskUsage diskUsage() {
        return DockerSystem.diskUsage(this);
    }

    @Override
    public dev.porthole.model.CleanupPlan cleanupPreview(dev.porthole.model.CleanupRequest request) {
        return DockerPrune.preview(this, request);
    }

    @Override
    public dev.porthole.model.CleanupResult cleanUp(dev.porthole.model.CleanupPlan plan) {
        return DockerPrune.remove(this, plan);
    }

    @Override
    public String createVolumeHelper(String volume, String mountPath) {
        return DockerHelpers.createVolumeHelper(this, volume, mountPath);
    }

    // ---- registries (the work lives in DockerTransfer, RegistryMessages) ----

    @Override
    public Subscription pullImage(String reference, dev.porthole.model.RegistryCredential auth,
                                  Consumer<dev.porthole.model.TransferEvent> onEvent) {
        var name = parseReference("pull", reference);
        DockerClient docker = call("pull " + name.withDefaultTag(), INFO_LIMIT, this::dockerClient);
        return DockerTransfer.pull(docker, endpoint.host(), name, auth, onEvent);
    }

    @Override
    public Subscription pushImage(String reference, dev.porthole.model.RegistryCredential auth,
                                  Consumer<dev.porthole.model.TransferEvent> onEvent) {
        var name = parseReference("push", reference);
        DockerClient docker = call("push " + name.withDefaultTag(), INFO_LIMIT, this::dockerClient);
        return DockerTransfer.push(docker, endpoint.host(), name, auth, onEvent);
    }

    @Override
    public String checkRegistryLogin(dev.porthole.model.RegistryCredential credential) {
        return DockerRegistryLogin.check(this, credential);
    }

    private static dev.porthole.model.ImageName parseReference(String verb, String reference) {
        try {
            return dev.porthole.model.ImageName.parse(reference);
        } catch (IllegalArgumentException e) {
            throw new EngineException(EngineException.Kind.BAD_REQUEST, "Cannot " + verb + ": " + e.getMessage());
        }
    }

    // ---- logs ----

    /** Reads a container's log; see {@link DockerLogs}. */
    @Override
    public Subscription logs(String containerId, dev.porthole.model.LogRequest request,
                             Consumer<dev.porthole.model.LogChunk> onChunk, Consumer<Throwable> onEnd) {
        return DockerLogs.open(this, containerId, request, onChunk, onEnd);
    }

    /**
     * A GET at the negotiated version whose response is returned unread once the engine answered with 2xx (for
     * streams read elsewhere); any other status throws. The caller closes the response.
     */
    DockerHttpClient.Response openGet(String what, String path) {
        return call(what, READ_LIMIT, () -> {
            dockerClient();
            DockerHttpClient h;
            synchronized (lock) {
                h = http;
            }
            if (h == null) {
                throw new EngineException(Kind.OTHER, "The client for " + endpoint.host() + " is closed.");
            }
            String versioned = apiVersion == RemoteApiVersion.UNKNOWN_VERSION ? path
                    : "/" + apiVersion.asWebPathPart() + path;
            DockerHttpClient.Response response = h.execute(DockerHttpClient.Request.builder()
                    .method(DockerHttpClient.Request.Method.GET).path(versioned).build());
            if (response.getStatusCode() / 100 != 2) {
                try (response) {
                    throw new DockerException(new String(response.getBody().readNBytes(4096),
                            StandardCharsets.UTF_8), response.getStatusCode());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return response;
        });
    }

    // ---- events ----

    /**
     * Follows the event stream; returns once the engine has accepted it (or after a few seconds), so events
     * caused after the return are seen. Throws when the engine cannot be reached to open it; later failures
     * go to {@code onEnd}.
     */
    @Override
    public Subscription events(Consumer<EngineEvent> onEvent, Consumer<Throwable> onEnd) {
        DockerClient docker = call("follow the engine's events", INFO_LIMIT, this::dockerClient);
        DockerEventStream stream = new DockerEventStream(endpoint.host(), onEvent, onEnd, streams::remove);
        streams.add(stream);
        docker.eventsCmd().exec(stream);
        stream.awaitOpen(EVENTS_OPEN_LIMIT);
        return stream::closeByCaller;
    }

    /** Ends open event streams and releases the client's connections. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        for (DockerEventStream s : List.copyOf(streams)) {
            s.closeByCaller();
        }
        DockerHttpClient h;
        synchronized (lock) {
            h = http;
            http = null;
            client = null;
        }
        if (h != null) {
            try {
                h.close();
            } catch (IOException e) {
                LOG.debug("Closing the client of {} failed", endpoint.host(), e);
            }
        }
    }

    // ---- the client, negotiation and bounded calls ----

    /**
     * The docker-java client pinned to the negotiated API version, built on first use (which asks the engine).
     * For code of this package and test support; its calls are neither bounded nor translated.
     */
    public DockerClient dockerClient() {
        DockerClient c = client;
        if (c != null) {
            return c;
        }
        synchronized (lock) {
            if (closed) {
                throw new EngineException(Kind.OTHER, "The client for " + endpoint.host() + " is closed.");
            }
            if (client == null) {
                if (http == null) {
                    http = httpClient();
                }
                engineApiVersion = engineApiVersion(http);
                RemoteApiVersion engineVersion = RemoteApiVersion.parseConfigWithDefault(engineApiVersion);
                // pinning newer than the engine fails every call; unknown stays unpinned (the engine's own)
                apiVersion = engineVersion.equals(RemoteApiVersion.UNKNOWN_VERSION) ? RemoteApiVersion.UNKNOWN_VERSION
                        : engineVersion.isGreater(NEWEST_KNOWN) ? NEWEST_KNOWN : engineVersion;
                client = DockerClientImpl.getInstance(new EndpointConfig(dockerHost(), apiVersion, sslConfig()), http);
            }
            return client;
        }
    }

    /**
     * The engine's API version, asked unpinned: the Api-Version header of /_ping, as the docker CLI negotiates
     * (Podman's /version takes seconds), else the version call's ApiVersion.
     */
    private String engineApiVersion(DockerHttpClient h) {
        DockerHttpClient.Request ping = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/_ping").build();
        try (DockerHttpClient.Response response = h.execute(ping)) {
            if (response.getStatusCode() / 100 != 2) {
                String body = new String(response.getBody().readNBytes(200), StandardCharsets.UTF_8).trim();
                throw new EngineException(Kind.UNREACHABLE, "Cannot reach a container engine at " + endpoint.host()
                        + ": it answered a ping with HTTP " + response.getStatusCode()
                        + (body.isEmpty() ? "" : " (" + body + ")") + ", so it is not one, or not a working one.");
            }
            podman = response.getHeader("Libpod-Api-Version") != null;
            String header = response.getHeader("Api-Version");
            if (header != null && !header.isBlank()) {
                return header.trim();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DockerClientImpl.getInstance(new EndpointConfig(dockerHost(), RemoteApiVersion.UNKNOWN_VERSION,
                sslConfig()), h).versionCmd().exec().getApiVersion();
    }

    /** The API version in use, as "1.41"; before the first call, null. */
    String negotiatedApiVersion() {
        return apiVersion != RemoteApiVersion.UNKNOWN_VERSION ? apiVersion.getVersion() : engineApiVersion;
    }

    private DockerHttpClient httpClient() {
        // no responseTimeout: it applies to follow streams too and kills idle event/log streams
        return new ApacheDockerHttpClient.Builder()
                .dockerHost(dockerHost())
                .sslConfig(sslConfig())
                .connectionTimeout(CONNECT_TIMEOUT)
                .maxConnections(100)
                .build();
    }

    private URI dockerHost() {
        URI uri;
        try {
            uri = URI.create(endpoint.host().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + endpoint.host() + "\" is not an engine address", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "unix", "npipe" -> uri;
            case "tcp" -> uri.getPort() > 0 ? uri
                    : URI.create("tcp://" + uri.getHost() + ":" + (endpoint.tlsVerify() ? 2376 : 2375));
            default -> throw new IllegalArgumentException("Porthole speaks to unix://, tcp:// and npipe:// endpoints,"
                    + " not \"" + endpoint.host() + "\"");
        };
    }

    private SSLConfig sslConfig() {
        if (!endpoint.tlsVerify()) {
            return null;
        }
        Path dir = endpoint.certPath() != null ? endpoint.certPath()
                : Path.of(System.getProperty("user.home"), ".docker");
        for (String file : List.of("ca.pem", "cert.pem", "key.pem")) {
            if (!Files.isReadable(dir.resolve(file))) {
                throw new IllegalArgumentException("TLS is on for " + endpoint.host() + " but " + dir.resolve(file)
                        + " cannot be read");
            }
        }
        return new LocalDirectorySSLConfig(dir.toString());
    }

    private static RemoteApiVersion newestKnownApiVersion() {
        RemoteApiVersion newest = RemoteApiVersion.VERSION_1_44;
        // read the constants so a docker-java upgrade raises the ceiling by itself
        for (Field f : RemoteApiVersion.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == RemoteApiVersion.class
                    && f.getName().startsWith("VERSION_")) {
                try {
                    RemoteApiVersion v = (RemoteApiVersion) f.get(null);
                    if (v.isGreater(newest)) {
                        newest = v;
                    }
                } catch (IllegalAccessException e) {
                    LOG.debug("Cannot read {}", f, e);
                }
            }
        }
        return newest;
    }

    private void change(String what, Runnable work) {
        call(what, CHANGE_LIMIT, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs one request/response call on its own daemon thread and waits at most {@code limit}: the client has no
     * response timeout (for the streams' sake). Not a virtual thread: the unix transport's blocking native read
     * pins its carrier, and with two cores two slow calls would stall every other call and probe.
     */
    <T> T call(String what, Duration limit, Supplier<T> work) {
        if (closed) {
            throw new EngineException(Kind.OTHER, "Cannot " + what + ": the client for " + endpoint.host()
                    + " is closed.");
        }
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread.ofPlatform().daemon().name("porthole-engine-call").start(task);
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw translate(what, e.getCause());
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new EngineException(Kind.UNREACHABLE, "Cannot " + what + ": the engine at " + endpoint.host()
                    + " did not answer within " + limit.toSeconds() + " s.", e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new EngineException(Kind.OTHER, "Cannot " + what + ": interrupted.", e);
        }
    }

    /** A GET of the engine's JSON as is (the typed models drop fields), at the negotiated version. */
    private String getJson(String what, String path) {
        return exchangeJson(what, DockerHttpClient.Request.Method.GET, path, null);
    }

    /** A request at the negotiated version with an optional JSON body; returns the body of a 2xx answer. */
    String exchangeJson(String what, DockerHttpClient.Request.Method method, String path, String json) {
        return call(what, READ_LIMIT, () -> {
            dockerClient();
            DockerHttpClient h;
            synchronized (lock) {
                h = http;
            }
            if (h == null) {
                throw new EngineException(Kind.OTHER, "The client for " + endpoint.host() + " is closed.");
            }
            String versioned = apiVersion == RemoteApiVersion.UNKNOWN_VERSION ? path
                    : "/" + apiVersion.asWebPathPart() + path;
            var builder = DockerHttpClient.Request.builder().method(method).path(versioned);
            if (json != null) {
                builder.putHeader("Content-Type", "application/json")
                        .body(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            }
            try (DockerHttpClient.Response response = h.execute(builder.build())) {
                String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                if (response.getStatusCode() / 100 != 2) {
                    throw new DockerException(body, response.getStatusCode());
                }
                return body;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private EngineInfo toInfo(Version v) {
        return new EngineInfo(productName(v), v.getVersion(), negotiatedApiVersion(), v.getOperatingSystem(),
                v.getArch(), endpoint.host());
    }

    /** The failure as an {@link EngineException} whose message says what was attempted and why it failed. */
    EngineException translate(String what, Throwable failure) {
        return DockerFailures.translate(endpoint.host(), what, failure);
    }

    /** How an object is named in messages: a full 64-hex id shortened as the CLI shows it. */
    private static String shown(String idOrName) {
        return idOrName != null && idOrName.matches("(sha256:)?[0-9a-f]{64}") ? Ids.shortId(idOrName) : idOrName;
    }

    private static String pathSegment(String idOrRef) {
        return URLEncoder.encode(idOrRef, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%2F", "/").replace("%3A", ":").replace("%40", "@");
    }

    /** A client config from the endpoint alone: DefaultDockerClientConfig would read ~/.docker and env. */
    private record EndpointConfig(URI dockerHost, RemoteApiVersion apiVersion, SSLConfig sslConfig)
            implements DockerClientConfig {

        @Override
        public URI getDockerHost() {
            return dockerHost;
        }

        @Override
        public RemoteApiVersion getApiVersion() {
            return apiVersion;
        }

        @Override
        public String getRegistryUsername() {
            return null;
        }

        @Override
        public String getRegistryPassword() {
            return null;
        }

        @Override
        public String getRegistryEmail() {
            return null;
        }

        @Override
        public String getRegistryUrl() {
            return null;
        }

        @Override
        public AuthConfig effectiveAuthConfig(String imageName) {
            return null;
        }

        @Override
        public AuthConfigurations getAuthConfigurations() {
            return new AuthConfigurations();
        }

        @Override
        public SSLConfig getSSLConfig() {
            return sslConfig;
        }
    }

    @Override
    public String toString() {
        return "DockerEngine[" + endpoint + "]";
    }
}
