package dev.porthole.engine;

import dev.porthole.model.EngineInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class EngineLocatorTest {

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();
    /** Socket files that "exist"; the machine's own /var/run/docker.sock must not leak into these tests. */
    private final Set<Path> presentSockets = new HashSet<>();
    private String os = "Linux";

    // --- candidates: where the endpoint comes from ---

    @Test
    void currentContextInConfigJsonResolvesThroughMetaJsonInTheSha256Folder() throws IOException {
        writeConfig(home.resolve(".docker"), "{\"auths\": {}, \"currentContext\": \"remote\"}");
        Path meta = home.resolve(".docker/contexts/meta/"
                + "b71199ebd070b36beab7317920c2c2f1d777df8d05e5527d8458fda57cb17a7a/meta.json");
        write(meta, metaJson("remote", "tcp://10.0.0.5:2375", false));

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.problems()).isEmpty();
        assertThat(candidates.endpoints().getFirst())
                .isEqualTo(EngineEndpoint.plain("tcp://10.0.0.5:2375", "context:remote"));
        assertThat(candidates.explicit().why()).contains("context \"remote\" is current in")
                .contains(home.resolve(".docker/config.json").toString());
        assertThat(DockerContexts.metaFile(home.resolve(".docker"), "remote")).isEqualTo(meta);
    }

    @Test
    void dockerContextWinsOverCurrentContext() throws IOException {
        Path config = home.resolve(".docker");
        writeConfig(config, "{\"currentContext\": \"remote\"}");
        writeContext(config, "remote", "tcp://10.0.0.5:2375", false);
        writeContext(config, "colima", "unix:///home/u/.colima/default/docker.sock", false);
        env.put("DOCKER_CONTEXT", "colima");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(hosts(candidates)).first().isEqualTo("unix:///home/u/.colima/default/docker.sock");
        assertThat(hosts(candidates)).doesNotContain("tcp://10.0.0.5:2375");
        assertThat(candidates.endpoints().getFirst().source()).isEqualTo("context:colima");
        assertThat(candidates.explicit().why()).isEqualTo("DOCKER_CONTEXT selects context \"colima\"");
    }

    @Test
    void dockerHostWinsOverDockerContextAndCurrentContext() throws IOException {
        Path config = home.resolve(".docker");
        writeConfig(config, "{\"currentContext\": \"remote\"}");
        writeContext(config, "remote", "tcp://10.0.0.5:2375", false);
        writeContext(config, "colima", "unix:///colima.sock", false);
        env.put("DOCKER_CONTEXT", "colima");
        env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.endpoints().get(0))
                .isEqualTo(EngineEndpoint.plain("tcp://127.0.0.1:2375", "DOCKER_HOST"));
        // the overridden context is listed so doctor can say why it is not used, but it cannot be chosen
        assertThat(candidates.endpoints().get(1))
                .isEqualTo(EngineEndpoint.plain("unix:///colima.sock", "context:colima"));
        assertThat(candidates.choosable(candidates.endpoints().get(0))).isTrue();
        assertThat(candidates.choosable(candidates.endpoints().get(1))).isFalse();
        assertThat(candidates.choosable(candidates.endpoints().get(2))).isFalse();
        assertThat(candidates.explicit().why()).isEqualTo("DOCKER_HOST is set");
    }

    @Test
    void dockerConfigFolderReplacesHomeDotDocker() throws IOException {
        writeConfig(home.resolve(".docker"), "{\"currentContext\": \"home-one\"}");
        writeContext(home.resolve(".docker"), "home-one", "tcp://home:2375", false);
        Path elsewhere = home.resolve("elsewhere");
        writeConfig(elsewhere, "{\"currentContext\": \"other\"}");
        writeContext(elsewhere, "other", "tcp://other:2375", false);
        env.put("DOCKER_CONFIG", elsewhere.toString());

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.problems()).isEmpty();
        assertThat(candidates.endpoints().getFirst())
                .isEqualTo(EngineEndpoint.plain("tcp://other:2375", "context:other"));
        assertThat(hosts(candidates)).doesNotContain("tcp://home:2375");
    }

    @Test
    void contextWithTlsFilesIsVerifiedWithItsTlsFolder() throws IOException {
        Path config = home.resolve(".docker");
        env.put("DOCKER_CONTEXT", "secure");
        writeContext(config, "secure", "tcp://secure:2376", false);
        Path tls = config.resolve("contexts/tls/" + DockerContexts.digest("secure") + "/docker");
        for (String pem : List.of("ca.pem", "cert.pem", "key.pem")) {
            write(tls.resolve(pem), "-----BEGIN-----");
        }

        EngineEndpoint endpoint = locator().candidates().endpoints().getFirst();

        assertThat(endpoint).isEqualTo(new EngineEndpoint("tcp://secure:2376", "context:secure", true, tls));
        assertThat(DockerContexts.tlsDir(config, "secure")).isEqualTo(tls);
    }

    @Test
    void contextThatSkipsTlsVerifyKeepsItsTlsFolderButIsNotVerified() throws IOException {
        Path config = home.resolve(".docker");
        env.put("DOCKER_CONTEXT", "lax");
        writeContext(config, "lax", "tcp://lax:2376", true);
        Path tls = DockerContexts.tlsDir(config, "lax");
        write(tls.resolve("ca.pem"), "-----BEGIN-----");

        EngineEndpoint endpoint = locator().candidates().endpoints().getFirst();

        assertThat(endpoint.tlsVerify()).isFalse();
        assertThat(endpoint.certPath()).isEqualTo(tls);
    }

    @Test
    void contextWithoutTlsFilesIsPlain() throws IOException {
        env.put("DOCKER_CONTEXT", "plain");
        writeContext(home.resolve(".docker"), "plain", "tcp://plain:2375", false);

        assertThat(locator().candidates().endpoints().getFirst())
                .isEqualTo(EngineEndpoint.plain("tcp://plain:2375", "context:plain"));
    }

    @Test
    void dockerTlsVerifyUsesDockerCertPath() {
        env.put("DOCKER_HOST", "tcp://remote:2376");
        env.put("DOCKER_TLS_VERIFY", "1");
        env.put("DOCKER_CERT_PATH", "/certs/remote");

        assertThat(locator().candidates().endpoints().getFirst())
                .isEqualTo(new EngineEndpoint("tcp://remote:2376", "DOCKER_HOST", true, Path.of("/certs/remote")));
    }

    @Test
    void dockerTlsVerifyWithoutCertPathUsesHomeDotDocker() {
        env.put("DOCKER_HOST", "tcp://remote:2376");
        env.put("DOCKER_TLS_VERIFY", "1");

        EngineEndpoint endpoint = locator().candidates().endpoints().getFirst();

        assertThat(endpoint.tlsVerify()).isTrue();
        assertThat(endpoint.certPath()).isEqualTo(home.resolve(".docker"));
    }

    @Test
    void dockerHostWithoutTlsVerifyIsPlainEvenWithACertPath() {
        env.put("DOCKER_HOST", "tcp://remote:2375");
        env.put("DOCKER_CERT_PATH", "/certs/remote");

        assertThat(locator().candidates().endpoints().getFirst())
                .isEqualTo(EngineEndpoint.plain("tcp://remote:2375", "DOCKER_HOST"));
    }

    @Test
    void emptyDockerHostCountsAsUnset() {
        env.put("DOCKER_HOST", "");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.explicit()).isNull();
        assertThat(candidates.endpoints()).allMatch(e -> e.source().equals("default"));
    }

    @Test
    void defaultSocketsComeInOrderWithThePodmanUserSocketFromXdgRuntimeDir() {
        env.put("XDG_RUNTIME_DIR", "/run/user/1000");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.explicit()).isNull();
        assertThat(candidates.problems()).isEmpty();
        assertThat(hosts(candidates)).containsExactly(
                "unix:///var/run/docker.sock",
                "unix://" + home.resolve(".docker/run/docker.sock"),
                "unix://" + home.resolve(".docker/desktop/docker.sock"),
                "unix:///run/user/1000/podman/podman.sock",
                "unix:///run/podman/podman.sock",
                "unix://" + home.resolve(".colima/default/docker.sock"),
                "unix://" + home.resolve(".rd/docker.sock"),
                "unix://" + home.resolve(".orbstack/run/docker.sock"));
        assertThat(candidates.endpoints()).allMatch(e -> e.source().equals("default") && !e.tlsVerify());
    }

    @Test
    void podmanUserSocketIsLeftOutWithoutXdgRuntimeDir() {
        assertThat(hosts(locator().candidates())).hasSize(7).noneMatch(h -> h.contains("/run/user/"));
    }

    @Test
    void windowsUsesTheDockerEngineNamedPipe() {
        os = "Windows 11";

        assertThat(hosts(locator().candidates())).containsExactly("npipe:////./pipe/docker_engine");
    }

    @Test
    void contextNamedDefaultMeansTheDefaultSockets() throws IOException {
        writeConfig(home.resolve(".docker"), "{\"currentContext\": \"default\"}");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.explicit()).isNull();
        assertThat(candidates.problems()).isEmpty();
        assertThat(hosts(candidates)).first().isEqualTo("unix:///var/run/docker.sock");
    }

    // --- problems: named, never thrown ---

    @Test
    void missingConfigJsonInHomeDotDockerIsNoProblem() {
        assertThat(locator().candidates().problems()).isEmpty();
    }

    @Test
    void missingConfigJsonInDockerConfigIsAProblemNamingTheFile() {
        Path elsewhere = home.resolve("nowhere");
        env.put("DOCKER_CONFIG", elsewhere.toString());

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.problems()).singleElement().asString()
                .contains("DOCKER_CONFIG").contains(elsewhere.resolve("config.json").toString());
        assertThat(candidates.endpoints()).isNotEmpty();
    }

    @Test
    void malformedConfigJsonIsAProblemNamingTheFileAndTheDefaultsStillApply() throws IOException {
        writeConfig(home.resolve(".docker"), "{\"currentContext\": \"remote\",\n  oops");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.problems()).singleElement().asString()
                .contains(home.resolve(".docker/config.json").toString())
                .contains("not valid JSON")
                .contains("line 2");
        assertThat(candidates.explicit()).isNull();
        assertThat(hosts(candidates)).first().isEqualTo("unix:///var/run/docker.sock");
    }

    @Test
    void currentContextThatIsNotANameIsAProblem() throws IOException {
        writeConfig(home.resolve(".docker"), "{\"currentContext\": 42}");

        assertThat(locator().candidates().problems()).singleElement().asString()
                .contains("config.json").contains("currentContext");
    }

    @Test
    void unknownContextIsAProblemNamingTheMissingMetaFile() {
        env.put("DOCKER_CONTEXT", "ghost");

        EngineLocator.Candidates candidates = locator().candidates();

        Path meta = DockerContexts.metaFile(home.resolve(".docker"), "ghost");
        assertThat(candidates.problems()).singleElement().asString()
                .contains("context \"ghost\" (DOCKER_CONTEXT) does not exist")
                .contains(meta.toString());
        // explicit but unreadable: nothing may be chosen, the defaults are listed only
        assertThat(candidates.explicit().endpoint()).isNull();
        assertThat(candidates.endpoints()).allMatch(e -> !candidates.choosable(e));
    }

    @Test
    void malformedMetaJsonIsAProblemNamingTheFile() throws IOException {
        writeConfig(home.resolve(".docker"), "{\"currentContext\": \"broken\"}");
        Path meta = DockerContexts.metaFile(home.resolve(".docker"), "broken");
        write(meta, "{\"Name\": \"broken\", \"Endpoints\": ");

        assertThat(locator().candidates().problems()).singleElement().asString()
                .contains("context \"broken\" (currentContext in config.json)")
                .contains(meta.toString())
                .contains("not valid JSON");
    }

    @Test
    void metaJsonWithoutADockerEndpointIsAProblemNamingTheFile() throws IOException {
        env.put("DOCKER_CONTEXT", "k8s-only");
        Path meta = DockerContexts.metaFile(home.resolve(".docker"), "k8s-only");
        write(meta, "{\"Name\": \"k8s-only\", \"Endpoints\": {\"kubernetes\": {\"Host\": \"https://k8s\"}}}");

        assertThat(locator().candidates().problems()).singleElement().asString()
                .contains(meta.toString()).contains("Endpoints.docker.Host");
    }

    // --- discover: which one is chosen and why ---

    @Test
    void discoverPicksTheFirstDefaultThatAnswersAndRecordsEarlierErrors() {
        presentSockets.add(Path.of("/var/run/docker.sock"));
        Path podman = home.resolve(".docker/run/docker.sock");
        presentSockets.add(podman);
        List<String> probed = new ArrayList<>();

        DiscoveryReport report = locator().discover(engines(endpoint -> {
            probed.add(endpoint.host());
            if (endpoint.host().equals("unix:///var/run/docker.sock")) {
                throw new EngineException(EngineException.Kind.UNREACHABLE, "permission denied");
            }
            return info(endpoint);
        }));

        assertThat(report.chosen().endpoint().host()).isEqualTo("unix://" + podman);
        assertThat(report.chosen().info().version()).isEqualTo("20.10.24");
        assertThat(report.reason()).startsWith("first default socket that answered");
        assertThat(report.candidates().get(0).error()).isEqualTo("permission denied");
        assertThat(report.candidates().get(1).reachable()).isTrue();
        assertThat(report.candidates().get(2).error()).isEqualTo("not tried: unix://" + podman + " answered first");
        assertThat(probed).containsExactly("unix:///var/run/docker.sock", "unix://" + podman);
    }

    @Test
    void discoverDoesNotProbeSocketsWhoseFileIsMissing() {
        List<String> probed = new ArrayList<>();

        DiscoveryReport report = locator().discover(engines(endpoint -> {
            probed.add(endpoint.host());
            return info(endpoint);
        }));

        assertThat(probed).isEmpty();
        assertThat(report.chosen()).isNull();
        assertThat(report.candidates().getFirst().error()).isEqualTo("socket file not found: /var/run/docker.sock");
    }

    @Test
    void discoverAllProbesEveryDefaultButStillChoosesTheFirst() {
        presentSockets.add(Path.of("/var/run/docker.sock"));
        presentSockets.add(Path.of("/run/podman/podman.sock"));

        DiscoveryReport report = locator().discoverAll(engines(this::info));

        assertThat(report.chosen().endpoint().host()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(report.candidates()).filteredOn(CandidateResult::reachable).extracting(r -> r.endpoint().host())
                .containsExactly("unix:///var/run/docker.sock", "unix:///run/podman/podman.sock");
    }

    @Test
    void discoverUsesDockerHostWhenItAnswersAndSaysWhy() {
        env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().discoverAll(engines(this::info));

        assertThat(report.chosen().endpoint()).isEqualTo(EngineEndpoint.plain("tcp://127.0.0.1:2375", "DOCKER_HOST"));
        assertThat(report.reason()).startsWith("DOCKER_HOST is set");
        assertThat(report.candidates().get(1).reachable()).isFalse();
        assertThat(report.candidates().get(1).error()).isEqualTo("not used: DOCKER_HOST is set");
    }

    @Test
    void discoverDoesNotFallBackToDefaultsWhenDockerHostDoesNotAnswer() {
        env.put("DOCKER_HOST", "tcp://127.0.0.1:1");
        presentSockets.add(Path.of("/var/run/docker.sock"));
        List<String> probed = new ArrayList<>();

        DiscoveryReport report = locator().discoverAll(engines(endpoint -> {
            probed.add(endpoint.host());
            if (endpoint.source().equals("DOCKER_HOST")) {
                throw new EngineException(EngineException.Kind.UNREACHABLE, "Connection refused.");
            }
            return info(endpoint);
        }));

        assertThat(report.chosen()).isNull();
        assertThat(probed).containsExactly("tcp://127.0.0.1:1");
        assertThat(report.candidates()).hasSize(8);
        assertThat(report.candidates().subList(1, 8))
                .allMatch(r -> r.error().equals("not used: DOCKER_HOST is set"));
        assertThat(report.reason())
                .contains("tcp://127.0.0.1:1 did not answer (Connection refused); ")
                .contains("does not fall back")
                .contains("unset DOCKER_HOST");
    }

    @Test
    void discoverChoosesNothingWhenTheSelectedContextCannotBeRead() {
        env.put("DOCKER_CONTEXT", "ghost");
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().discover(engines(this::info));

        assertThat(report.chosen()).isNull();
        assertThat(report.problems()).singleElement().asString().contains("ghost");
        assertThat(report.reason())
                .contains("could not be read (context \"ghost\" (DOCKER_CONTEXT) does not exist: ")
                .contains("meta.json is missing)")
                .contains("unset DOCKER_CONTEXT");
        assertThat(report.candidates()).allMatch(r -> r.error().startsWith("not used: DOCKER_CONTEXT selects"));
    }

    @Test
    void discoverGivesUpOnAProbeThatDoesNotAnswerInTime() throws InterruptedException {
        env.put("DOCKER_HOST", "tcp://10.255.255.1:2375");
        CountDownLatch never = new CountDownLatch(1);
        EngineLocator locator = new EngineLocator(environment(), Duration.ofMillis(200));

        long start = System.nanoTime();
        DiscoveryReport report = locator.discover(engines(endpoint -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return info(endpoint);
        }));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(report.chosen()).isNull();
        assertThat(report.candidates().getFirst().error()).isEqualTo("no answer within 200 ms");
    }

    @Test
    void discoverSaysWhatWasTriedWhenNothingAnswers() {
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().discover(engines(endpoint -> {
            throw new EngineException(EngineException.Kind.UNREACHABLE, "connection refused");
        }));

        assertThat(report.chosen()).isNull();
        assertThat(report.chosenResult()).isEmpty();
        assertThat(report.reason())
                .startsWith("No engine answered")
                .contains("Tried unix:///var/run/docker.sock (connection refused).")
                .contains("No socket file at " + home.resolve(".docker/run/docker.sock") + ", ")
                .contains(", /run/podman/podman.sock, ");
    }

    @Test
    void discoverTurnsAnUnexpectedProbeFailureIntoAnError() {
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().discover(engines(endpoint -> {
            throw new IllegalStateException();
        }));

        assertThat(report.candidates().getFirst().error()).isEqualTo("IllegalStateException");
    }

    // --- a choice made in the preferences ---

    @Test
    void aSocketChosenInThePreferencesIsTheOnlyOneTriedEvenWithDockerHostSet() {
        env.put("DOCKER_HOST", "tcp://127.0.0.1:2375");
        presentSockets.add(Path.of("/var/run/docker.sock"));
        presentSockets.add(Path.of("/srv/engine.sock"));
        List<String> probed = new ArrayList<>();

        DiscoveryReport report = locator().withChoice(new EngineChoice(EngineChoice.Kind.UNIX, "/srv/engine.sock", null))
                .discover(engines(e -> {
                    probed.add(e.host());
                    return info(e);
                }));

        assertThat(probed).containsExactly("unix:///srv/engine.sock");
        assertThat(report.chosen().endpoint()).isEqualTo(EngineEndpoint.plain("unix:///srv/engine.sock", "preferences"));
        assertThat(report.candidates()).filteredOn(r -> r.endpoint().source().equals("DOCKER_HOST"))
                .singleElement().extracting(CandidateResult::error).asString().startsWith("not used: Porthole's preferences");
    }

    @Test
    void aChosenSocketThatIsMissingIsReportedWithoutFallingBack() {
        presentSockets.add(Path.of("/var/run/docker.sock"));

        DiscoveryReport report = locator().withChoice(new EngineChoice(EngineChoice.Kind.UNIX, "/nowhere/x.sock", null))
                .discover(engines(this::info));

        assertThat(report.chosen()).isNull();
        assertThat(report.reason()).contains("preferences choose unix:///nowhere/x.sock")
                .contains("socket file not found: /nowhere/x.sock").contains("choose Automatic in Preferences");
    }

    @Test
    void aChosenContextIsReadFromTheCliConfigAndATcpChoiceCarriesItsTlsFolder() throws IOException {
        writeContext(home.resolve(".docker"), "remote", "tcp://10.0.0.5:2375", false);

        EngineLocator.Candidates byContext = locator()
                .withChoice(new EngineChoice(EngineChoice.Kind.CONTEXT, "remote", null)).candidates();
        EngineLocator.Candidates byTcp = locator()
                .withChoice(new EngineChoice(EngineChoice.Kind.TCP, "10.0.0.6:2376", home)).candidates();

        assertThat(byContext.explicit().endpoint().host()).isEqualTo("tcp://10.0.0.5:2375");
        assertThat(byContext.explicit().endpoint().source()).isEqualTo("preferences, context:remote");
        assertThat(byTcp.explicit().endpoint()).isEqualTo(new EngineEndpoint("tcp://10.0.0.6:2376", "preferences", true, home));
    }

    // --- helpers ---

    private EngineLocator locator() {
        return new EngineLocator(environment());
    }

    private SystemEnvironment environment() {
        return new SystemEnvironment(env, home, os, presentSockets::contains);
    }

    private static List<String> hosts(EngineLocator.Candidates candidates) {
        return candidates.endpoints().stream().map(EngineEndpoint::host).toList();
    }

    private EngineInfo info(EngineEndpoint endpoint) {
        return new EngineInfo("Docker Engine - Community", "20.10.24", "1.41", "linux", "amd64", endpoint.host());
    }

    /** A factory whose probe answers with {@code probe}; discovery never opens a full client. */
    private static EngineFactory engines(Function<EngineEndpoint, EngineInfo> probe) {
        return new EngineFactory() {
            @Override
            public Engine open(EngineEndpoint endpoint) {
                throw new UnsupportedOperationException("discovery only probes");
            }

            @Override
            public EngineInfo probe(EngineEndpoint endpoint) {
                return probe.apply(endpoint);
            }
        };
    }

    private static void writeConfig(Path configDir, String json) throws IOException {
        write(configDir.resolve("config.json"), json);
    }

    private static void writeContext(Path configDir, String name, String host, boolean skipTlsVerify)
            throws IOException {
        write(DockerContexts.metaFile(configDir, name), metaJson(name, host, skipTlsVerify));
    }

    private static String metaJson(String name, String host, boolean skipTlsVerify) {
        // the shape `docker context create` writes
        return "{\"Name\":\"" + name + "\",\"Metadata\":{\"Description\":\"\"},\"Endpoints\":{\"docker\":"
                + "{\"Host\":\"" + host + "\",\"SkipTLSVerify\":" + skipTlsVerify + "}}}";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
