package dev.porthole.engine;

import dev.porthole.model.EngineInfo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Finds the container engine the way the docker CLI does.
 *
 * <p>Order: {@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH}); else the context
 * named by {@code DOCKER_CONTEXT}; else {@code currentContext} in the CLI's config.json. The context "default" (or
 * none) means the usual sockets of Docker, Docker Desktop, Podman, Colima, Rancher Desktop and OrbStack.
 *
 * <p>Explicit configuration behaves as in the docker CLI: when {@code DOCKER_HOST} or a context is set, that
 * endpoint is the only one that may be chosen, and when it does not answer (or the context cannot be read)
 * nothing is chosen; Porthole never silently falls back to another engine, where containers with the same names
 * may mean something else. The default sockets are still listed, unprobed, marked "not used", so a report shows
 * everything that was considered.
 *
 * <p>A choice made in Porthole's preferences ({@link EngineChoice}) comes before all of these and decides alone in
 * the same way; the environment's endpoints are then listed, unprobed, as "not used".
 */
public final class EngineLocator {

    /** How long one candidate may take to answer. */
    public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(5);

    /** The source of an endpoint chosen in the preferences. */
    public static final String PREFERENCES = "preferences";

    private static final String DEFAULT_SOURCE = "default";
    private static final String NO_SOCKET = "socket file not found: ";

    private final SystemEnvironment env;
    private final Duration probeTimeout;
    private final EngineChoice choice;

    /** A locator reading {@code env}, giving each candidate {@link #DEFAULT_PROBE_TIMEOUT} to answer. */
    public EngineLocator(SystemEnvironment env) {
        this(env, DEFAULT_PROBE_TIMEOUT);
    }

    /** A locator reading {@code env}, giving each candidate {@code probeTimeout} to answer. */
    public EngineLocator(SystemEnvironment env, Duration probeTimeout) {
        this(env, probeTimeout, EngineChoice.AUTO);
    }

    private EngineLocator(SystemEnvironment env, Duration probeTimeout, EngineChoice choice) {
        this.env = env;
        this.probeTimeout = probeTimeout;
        this.choice = choice == null ? EngineChoice.AUTO : choice;
    }

    /** This locator trying only {@code choice} (from the preferences) instead of discovering; AUTO discovers. */
    public EngineLocator withChoice(EngineChoice choice) {
        return new EngineLocator(env, probeTimeout, choice);
    }

    /**
     * Explicit configuration that decides the engine alone.
     *
     * @param why      the sentence's subject, e.g. {@code DOCKER_HOST is set}
     * @param endpoint the endpoint it names, or null when it could not be read (then nothing may be chosen)
     * @param problem  why it could not be read, or null
     * @param undo     how to use the default sockets instead
     */
    public record Explicit(String why, EngineEndpoint endpoint, String problem, String undo) {
    }

    /**
     * The endpoints to consider, in order.
     *
     * @param endpoints explicit configuration first, then the default sockets
     * @param explicit  the configuration that decides alone, or null when the first default that answers wins
     * @param problems  configuration problems, each naming its file
     */
    public record Candidates(List<EngineEndpoint> endpoints, Explicit explicit, List<String> problems) {
        public Candidates {
            endpoints = List.copyOf(endpoints);
            problems = List.copyOf(problems);
        }

        /** Whether this endpoint may be chosen. */
        public boolean choosable(EngineEndpoint endpoint) {
            return explicit == null || endpoint.equals(explicit.endpoint());
        }
    }

    /** Every endpoint to consider, from environment and files only (no network). Never throws. */
    public Candidates candidates() {
        List<String> problems = new ArrayList<>();
        List<EngineEndpoint> endpoints = new ArrayList<>();
        DockerCliConfig config = DockerCliConfig.read(env);
        problems.addAll(config.problems());

        Explicit explicit = fromChoice(config.dir(), endpoints, problems);
        String dockerHost = env.get("DOCKER_HOST");
        if (dockerHost != null) {
            EngineEndpoint endpoint = fromDockerHost(dockerHost, config.dir());
            endpoints.add(endpoint);
            if (explicit == null) {
                explicit = new Explicit("DOCKER_HOST is set", endpoint, null, "unset DOCKER_HOST");
            }
        }

        // a context overridden by DOCKER_HOST is still listed, so doctor shows why it is not used
        String contextVar = env.get("DOCKER_CONTEXT");
        String contextName = contextVar != null ? contextVar : config.currentContext();
        if (contextName != null && !contextName.equals(DockerContexts.DEFAULT)) {
            String label = contextVar != null
                    ? "DOCKER_CONTEXT selects context \"" + contextName + "\""
                    : "context \"" + contextName + "\" is current in " + config.dir().resolve("config.json");
            String problemLabel = "context \"" + contextName + "\" ("
                    + (contextVar != null ? "DOCKER_CONTEXT" : "currentContext in config.json") + ")";
            List<String> contextProblems = new ArrayList<>();
            EngineEndpoint endpoint = DockerContexts.read(config.dir(), contextName, problemLabel, contextProblems::add)
                    .map(this::fromContext)
                    .orElse(null);
            problems.addAll(contextProblems);
            if (endpoint != null) {
                endpoints.add(endpoint);
            }
            if (explicit == null) {
                explicit = new Explicit(label, endpoint, contextProblems.isEmpty() ? null : contextProblems.getFirst(),
                        contextVar != null ? "unset DOCKER_CONTEXT" : "run 'docker context use default'");
            }
        }

        for (String host : defaultHosts()) {
            endpoints.add(EngineEndpoint.plain(host, DEFAULT_SOURCE));
        }
        return new Candidates(endpoints, explicit, problems);
    }

    /** Probes candidates in order until one answers; the rest are reported as not tried. */
    public DiscoveryReport discover(EngineFactory factory) {
        return discover(factory, false);
    }

    /** Probes every candidate that may be chosen (for doctor), and chooses the first that answered. */
    public DiscoveryReport discoverAll(EngineFactory factory) {
        return discover(factory, true);
    }

    private DiscoveryReport discover(EngineFactory factory, boolean probeAll) {
        Candidates candidates = candidates();
        Explicit explicit = candidates.explicit();
        List<CandidateResult> results = new ArrayList<>();
        CandidateResult chosen = null;
        for (EngineEndpoint endpoint : candidates.endpoints()) {
            CandidateResult result;
            if (!candidates.choosable(endpoint)) {
                result = new CandidateResult(endpoint, false, null, "not used: " + explicit.why());
            } else if (chosen != null && !probeAll) {
                result = new CandidateResult(endpoint, false, null, "not tried: " + chosen.endpoint().host()
                        + " answered first");
            } else {
                result = probe(factory, endpoint);
            }
            results.add(result);
            if (chosen == null && result.reachable()) {
                chosen = result;
            }
        }
        return new DiscoveryReport(results, chosen, reason(explicit, chosen, results), candidates.problems());
    }

    private static String reason(Explicit explicit, CandidateResult chosen, List<CandidateResult> results) {
        String noFallback = "like the docker CLI, Porthole does not fall back to the default sockets";
        if (explicit != null) {
            if (chosen != null) {
                return explicit.why() + ", so " + chosen.endpoint().host()
                        + " is used and nothing else, as the docker CLI does.";
            }
            if (explicit.endpoint() == null) {
                return explicit.why() + ", but it could not be read (" + clause(explicit.problem()) + "); "
                        + noFallback + " (" + explicit.undo() + " to use them).";
            }
            String error = results.stream().filter(r -> r.endpoint().equals(explicit.endpoint()))
                    .map(r -> clause(r.error())).findFirst().orElse("no answer");
            return explicit.why() + ", but " + explicit.endpoint().host() + " did not answer (" + error + "); "
                    + noFallback + " (" + explicit.undo() + " to use them).";
        }
        if (chosen != null) {
            return "first default socket that answered "
                    + "(neither DOCKER_HOST nor a context other than \"default\" is set).";
        }
        // missing socket files are the common case: name them once, briefly, after the real failures
        String failed = results.stream().filter(r -> !r.error().startsWith(NO_SOCKET))
                .map(r -> r.endpoint().host() + " (" + clause(r.error()) + ")")
                .collect(Collectors.joining("; "));
        String missing = results.stream().filter(r -> r.error().startsWith(NO_SOCKET))
                .map(r -> r.error().substring(NO_SOCKET.length()))
                .collect(Collectors.joining(", "));
        return "No engine answered. "
                + (failed.isEmpty() ? "" : "Tried " + failed + ". ")
                + (missing.isEmpty() ? "" : "No socket file at " + missing + ". ")
                + "Start Docker or Podman, or set DOCKER_HOST.";
    }

    private CandidateResult probe(EngineFactory factory, EngineEndpoint endpoint) {
        Path socket = unixSocket(endpoint.host());
        if (socket != null && !env.exists(socket)) {
            return new CandidateResult(endpoint, false, null, NO_SOCKET + socket);
        }
        FutureTask<EngineInfo> task = new FutureTask<>(() -> factory.probe(endpoint));
        // a daemon platform thread: a probe stuck past its time never keeps the JVM alive, and the blocking native
        // socket read of the unix transport would pin a virtual thread's carrier (only nproc of them)
        Thread.ofPlatform().daemon().name("porthole-probe").start(task);
        try {
            EngineInfo info = task.get(probeTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new CandidateResult(endpoint, true, info, null);
        } catch (TimeoutException e) {
            task.cancel(true);
            return new CandidateResult(endpoint, false, null, "no answer within " + seconds(probeTimeout));
        } catch (ExecutionException e) {
            return new CandidateResult(endpoint, false, null, message(e.getCause()));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return new CandidateResult(endpoint, false, null, "interrupted before it answered");
        }
    }

    /** The preferences' choice as explicit configuration (its endpoint added first), or null for AUTO. */
    private Explicit fromChoice(Path configDir, List<EngineEndpoint> endpoints, List<String> problems) {
        if (choice.kind() == EngineChoice.Kind.AUTO) {
            return null;
        }
        String why = "Porthole's preferences choose " + choice.describe();
        String undo = "choose Automatic in Preferences";
        String invalid = choice.problem();
        if (invalid != null) {
            problems.add("Preferences: " + invalid);
            return new Explicit(why, null, invalid, undo);
        }
        EngineEndpoint endpoint = choice.endpoint();
        if (choice.kind() == EngineChoice.Kind.CONTEXT) {
            List<String> contextProblems = new ArrayList<>();
            endpoint = DockerContexts.read(configDir, choice.address(),
                            "context \"" + choice.address() + "\" (preferences)", contextProblems::add)
                    .map(this::fromContext)
                    .map(e -> new EngineEndpoint(e.host(), PREFERENCES + ", " + e.source(), e.tlsVerify(),
                            e.certPath()))
                    .orElse(null);
            problems.addAll(contextProblems);
            if (endpoint == null) {
                return new Explicit(why, null, contextProblems.isEmpty() ? null : contextProblems.getFirst(), undo);
            }
        }
        endpoints.add(endpoint);
        return new Explicit(why, endpoint, null, undo);
    }

    private EngineEndpoint fromDockerHost(String host, Path configDir) {
        // as the CLI: any non-empty DOCKER_TLS_VERIFY turns verification on, even "0"
        boolean tls = env.get("DOCKER_TLS_VERIFY") != null && host.startsWith("tcp://");
        if (!tls) {
            return EngineEndpoint.plain(host, "DOCKER_HOST");
        }
        String certPath = env.get("DOCKER_CERT_PATH");
        return new EngineEndpoint(host, "DOCKER_HOST", true, certPath != null ? Path.of(certPath) : configDir);
    }

    private EngineEndpoint fromContext(DockerContexts.DockerContext context) {
        // TLS is verified when the context carries TLS files and does not ask to skip verification
        boolean verify = context.tlsDir() != null && !context.skipTlsVerify();
        return new EngineEndpoint(context.host(), "context:" + context.name(), verify, context.tlsDir());
    }

    private List<String> defaultHosts() {
        if (env.windows()) {
            return List.of("npipe:////./pipe/docker_engine");
        }
        Path home = env.home();
        // a set: XDG_RUNTIME_DIR=/run would name /run/podman/podman.sock twice
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add("unix:///var/run/docker.sock");
        hosts.add(unix(home.resolve(".docker/run/docker.sock")));
        hosts.add(unix(home.resolve(".docker/desktop/docker.sock")));
        String runtimeDir = env.get("XDG_RUNTIME_DIR");
        if (runtimeDir != null) {
            hosts.add(unix(Path.of(runtimeDir).resolve("podman/podman.sock")));
        }
        hosts.add("unix:///run/podman/podman.sock");
        hosts.add(unix(home.resolve(".colima/default/docker.sock")));
        hosts.add(unix(home.resolve(".rd/docker.sock")));
        hosts.add(unix(home.resolve(".orbstack/run/docker.sock")));
        return List.copyOf(hosts);
    }

    private static String unix(Path socket) {
        return "unix://" + socket.toAbsolutePath();
    }

    /** The socket file of a unix:// host, or null for other schemes. */
    static Path unixSocket(String host) {
        return host.startsWith("unix://") ? Path.of(host.substring("unix://".length())) : null;
    }

    private static String message(Throwable failure) {
        String text = failure.getMessage();
        return text == null || text.isBlank() ? failure.getClass().getSimpleName() : text;
    }

    /** A sentence made fit for parentheses inside another: without its closing full stop. */
    private static String clause(String sentence) {
        if (sentence == null) {
            return "no details";
        }
        String text = sentence.strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
