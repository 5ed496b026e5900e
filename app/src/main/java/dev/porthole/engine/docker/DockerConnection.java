package dev.porthole.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.LocalDirectorySSLConfig;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.core.SSLConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.EngineException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The client of one endpoint: built, and the API version negotiated, on first use; calls bounded in time and
 * their failures translated; raw requests at the negotiated version; closed once.
 */
final class DockerConnection {

    /** Connecting is local or LAN: a dead TCP endpoint should fail fast. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** Bound for the version call that probes and negotiates, and for opening streams. */
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

    private static final Logger LOG = LoggerFactory.getLogger(DockerConnection.class);
    private static final RemoteApiVersion NEWEST_KNOWN = newestKnownApiVersion();

    private final EngineEndpoint endpoint;
    private final Object lock = new Object();

    // built on first use under lock; the client is pinned to the negotiated API version
    private DockerHttpClient http;
    private volatile DockerClient client;
    private volatile RemoteApiVersion apiVersion = RemoteApiVersion.UNKNOWN_VERSION;
    private volatile String engineApiVersion;
    /** Podman's Docker API, known by the Libpod-Api-Version header of /_ping. */
    private volatile boolean podman;
    private volatile boolean closed;

    DockerConnection(EngineEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The endpoint this connection talks to. */
    EngineEndpoint endpoint() {
        return endpoint;
    }

    /**
     * The docker-java client pinned to the negotiated API version, built on first use (which asks the engine).
     * Its calls are neither bounded nor translated.
     */
    DockerClient dockerClient() {
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

    /** The client for opening a stream: a bounded call, so an unreachable engine fails now with {@code what}. */
    DockerClient clientForStream(String what) {
        return call(what, INFO_LIMIT, this::dockerClient);
    }

    /** Whether the engine is Podman's Docker API; known after the first call. */
    boolean podman() {
        return podman;
    }

    /**
     * Refuses calls from now on, runs {@code beforeRelease} (ending streams), then releases the connections;
     * nothing when already closed.
     */
    void close(Runnable beforeRelease) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        beforeRelease.run();
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

    /** A {@link #call} bounded by the change limit, for work with no answer. */
    void change(String what, Runnable work) {
        call(what, CHANGE_LIMIT, () -> {
            work.run();
            return null;
        });
    }

    /** A GET of the engine's JSON as is (the typed models drop fields), at the negotiated version. */
    String getJson(String what, String path) {
        return exchangeJson(what, DockerHttpClient.Request.Method.GET, path, null);
    }

    /** A request at the negotiated version with an optional JSON body; returns the body of a 2xx answer. */
    String exchangeJson(String what, DockerHttpClient.Request.Method method, String path, String json) {
        return call(what, READ_LIMIT, () -> {
            DockerHttpClient h = openHttp(); // first: it negotiates the version the path carries
            var builder = DockerHttpClient.Request.builder().method(method).path(versioned(path));
            if (json != null) {
                builder.putHeader("Content-Type", "application/json")
                        .body(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
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

    /**
     * A GET at the negotiated version whose response is returned unread once the engine answered with 2xx (for
     * streams read elsewhere); any other status throws. The caller closes the response.
     */
    DockerHttpClient.Response openGet(String what, String path) {
        return call(what, READ_LIMIT, () -> {
            DockerHttpClient h = openHttp(); // first: it negotiates the version the path carries
            DockerHttpClient.Response response = h.execute(DockerHttpClient.Request.builder()
                    .method(DockerHttpClient.Request.Method.GET).path(versioned(path)).build());
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

    /** The transport for raw requests, after the client (and so the negotiated version) is there. */
    private DockerHttpClient openHttp() {
        dockerClient();
        DockerHttpClient h;
        synchronized (lock) {
            h = http;
        }
        if (h == null) {
            throw new EngineException(Kind.OTHER, "The client for " + endpoint.host() + " is closed.");
        }
        return h;
    }

    private String versioned(String path) {
        return apiVersion == RemoteApiVersion.UNKNOWN_VERSION ? path : "/" + apiVersion.asWebPathPart() + path;
    }

    /** The failure as an {@link EngineException} whose message says what was attempted and why it failed. */
    EngineException translate(String what, Throwable failure) {
        return DockerFailures.translate(endpoint.host(), what, failure);
    }
}
