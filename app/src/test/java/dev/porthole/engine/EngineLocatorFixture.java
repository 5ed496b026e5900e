package dev.porthole.engine;

import dev.porthole.model.EngineInfo;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A fake machine for {@link EngineLocator} tests: its environment, home folder, OS and which socket files exist. */
abstract class EngineLocatorFixture {

    @TempDir
    Path home;

    final Map<String, String> env = new HashMap<>();
    /** Socket files that "exist"; the machine's own /var/run/docker.sock must not leak into these tests. */
    final Set<Path> presentSockets = new HashSet<>();
    String os = "Linux";

    EngineLocator locator() {
        return new EngineLocator(environment());
    }

    SystemEnvironment environment() {
        return new SystemEnvironment(env, home, os, presentSockets::contains);
    }

    static List<String> hosts(EngineLocator.Candidates candidates) {
        return candidates.endpoints().stream().map(EngineEndpoint::host).toList();
    }

    EngineInfo info(EngineEndpoint endpoint) {
        return new EngineInfo("Docker Engine - Community", "20.10.24", "1.41", "linux", "amd64", endpoint.host());
    }

    /** A factory whose probe answers with {@code probe}; discovery never opens a full client. */
    static EngineFactory engines(Function<EngineEndpoint, EngineInfo> probe) {
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

    static void writeConfig(Path configDir, String json) throws IOException {
        write(configDir.resolve("config.json"), json);
    }

    static void writeContext(Path configDir, String name, String host, boolean skipTlsVerify)
            throws IOException {
        write(DockerContexts.metaFile(configDir, name), metaJson(name, host, skipTlsVerify));
    }

    static String metaJson(String name, String host, boolean skipTlsVerify) {
        // the shape `docker context create` writes
        return "{\"Name\":\"" + name + "\",\"Metadata\":{\"Description\":\"\"},\"Endpoints\":{\"docker\":"
                + "{\"Host\":\"" + host + "\",\"SkipTLSVerify\":" + skipTlsVerify + "}}}";
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
