package dev.porthole.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Endpoints from docker CLI contexts (config.json, DOCKER_CONTEXT, meta.json), and the problems reading them. */
class EngineLocatorContextsTest extends EngineLocatorFixture {

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
    void contextNamedDefaultMeansTheDefaultSockets() throws IOException {
        writeConfig(home.resolve(".docker"), "{\"currentContext\": \"default\"}");

        EngineLocator.Candidates candidates = locator().candidates();

        assertThat(candidates.explicit()).isNull();
        assertThat(candidates.problems()).isEmpty();
        assertThat(hosts(candidates)).first().isEqualTo("unix:///var/run/docker.sock");
    }

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
}
