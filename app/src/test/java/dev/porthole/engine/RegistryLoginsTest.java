package dev.porthole.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.porthole.model.RegistryCredential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryLoginsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private RegistryLogins logins() {
        return new RegistryLogins(dir, CredentialHelpers.inFolder(dir.resolve("helpers")));
    }

    @Test
    void signingInWritesBase64UserPasswordAndKeepsEveryOtherKey() throws IOException {
        Files.writeString(dir.resolve("config.json"), """
                {
                  "currentContext": "remote",
                  "proxies": {"default": {"httpProxy": "http://proxy:3128"}},
                  "auths": {"other.example:5000": {"auth": "b3RoZXI6cHc="}},
                  "psFormat": "table {{.ID}}"
                }""");

        logins().save(new RegistryCredential("127.0.0.1:5001", "porthole", "s3cret:with:colons"));

        JsonNode root = JSON.readTree(dir.resolve("config.json").toFile());
        assertThat(root.path("currentContext").asText()).isEqualTo("remote");
        assertThat(root.path("proxies").path("default").path("httpProxy").asText()).isEqualTo("http://proxy:3128");
        assertThat(root.path("psFormat").asText()).isEqualTo("table {{.ID}}");
        assertThat(root.path("auths").path("other.example:5000").path("auth").asText()).isEqualTo("b3RoZXI6cHc=");
        String auth = root.path("auths").path("127.0.0.1:5001").path("auth").asText();
        assertThat(new String(Base64.getDecoder().decode(auth), StandardCharsets.UTF_8))
                .isEqualTo("porthole:s3cret:with:colons");
        assertThat(logins().find("127.0.0.1:5001")).contains(
                new RegistryCredential("127.0.0.1:5001", "porthole", "s3cret:with:colons"));
        assertThat(logins().registries()).containsExactly("127.0.0.1:5001", "other.example:5000");
        assertThat(Files.readString(dir.resolve("config.json"))).contains("\t\"auths\": {");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("config.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aMissingConfigFileIsCreatedAndSigningOutRemovesTheEntry() throws IOException {
        Path nested = dir.resolve("not-yet");
        RegistryLogins logins = new RegistryLogins(nested, CredentialHelpers.onPath());
        assertThat(logins.registries()).isEmpty();

        logins.save(new RegistryCredential("127.0.0.1:5000", "me", "pw"));
        assertThat(logins.registries()).containsExactly("127.0.0.1:5000");
        logins.remove("127.0.0.1:5000");

        assertThat(logins.registries()).isEmpty();
        assertThat(logins.find("127.0.0.1:5000")).isEmpty();
        assertThat(JSON.readTree(nested.resolve("config.json").toFile()).path("auths").size()).isZero();
    }

    @Test
    void keysWithSchemeAndPathMatchTheirHostAsTheCliDoes() throws IOException {
        Files.writeString(dir.resolve("config.json"), """
                {"auths": {"https://registry.example:443/v1/": {"auth": "dTpw"}}}""");

        assertThat(logins().registries()).containsExactly("registry.example:443");
        assertThat(logins().find("registry.example:443")).contains(
                new RegistryCredential("registry.example:443", "u", "p"));
        assertThat(logins().forImage("registry.example:443/team/app:1")).isNotNull();
        assertThat(logins().forImage("team/app:1")).isNull();
    }

    @Test
    void identityTokensAreStoredAsTheCliStoresThem() throws IOException {
        logins().save(new RegistryCredential("r.example", RegistryCredential.TOKEN_USER, "tok"));

        JsonNode entry = JSON.readTree(dir.resolve("config.json").toFile()).path("auths").path("r.example");
        assertThat(entry.path("identitytoken").asText()).isEqualTo("tok");
        assertThat(logins().find("r.example").orElseThrow().identityToken()).isTrue();
    }

    @Test
    void anInvalidConfigFileIsNeverOverwritten() throws IOException {
        Files.writeString(dir.resolve("config.json"), "{\"auths\": {");

        assertThatThrownBy(() -> logins().save(new RegistryCredential("r.example", "u", "p")))
                .isInstanceOf(EngineException.class).hasMessageContaining("is not valid JSON");
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo("{\"auths\": {");
    }

    @Test
    void credsStoreKeepsSecretsInTheHelperAndOnlyAnEmptyEntryInTheFile() throws IOException {
        Path store = fakeHelper("fake");
        Files.writeString(dir.resolve("config.json"), "{\"credsStore\": \"fake\", \"detachKeys\": \"ctrl-x\"}");

        logins().save(new RegistryCredential("127.0.0.1:5001", "porthole", "hunter2"));

        String file = Files.readString(dir.resolve("config.json"));
        assertThat(file).doesNotContain("hunter2").contains("\"detachKeys\"").contains("\"credsStore\"");
        assertThat(JSON.readTree(file).path("auths").path("127.0.0.1:5001").size()).isZero();
        assertThat(Files.readString(store.resolve("127.0.0.1:5001"))).contains("\"Secret\":\"hunter2\"");
        assertThat(logins().registries()).containsExactly("127.0.0.1:5001");
        assertThat(logins().find("127.0.0.1:5001"))
                .contains(new RegistryCredential("127.0.0.1:5001", "porthole", "hunter2"));

        logins().remove("127.0.0.1:5001");
        assertThat(Files.exists(store.resolve("127.0.0.1:5001"))).isFalse();
        assertThat(logins().registries()).isEmpty();
        assertThat(logins().find("127.0.0.1:5001")).isEmpty();
    }

    @Test
    void credHelpersForOneRegistryWinOverCredsStoreAndTheFile() throws IOException {
        Path special = fakeHelper("special");
        Path general = fakeHelper("general");
        Files.writeString(dir.resolve("config.json"), """
                {"credsStore": "general", "credHelpers": {"special.example": "special"}}""");

        logins().save(new RegistryCredential("special.example", "a", "pa"));
        logins().save(new RegistryCredential("other.example", "b", "pb"));

        assertThat(Files.exists(special.resolve("special.example"))).isTrue();
        assertThat(Files.exists(general.resolve("other.example"))).isTrue();
        assertThat(Files.exists(general.resolve("special.example"))).isFalse();
        assertThat(logins().find("special.example").orElseThrow().secret()).isEqualTo("pa");
    }

    @Test
    void aHelperThatFailsIsReportedWithoutTheSecret() throws IOException {
        Path helpers = Files.createDirectories(dir.resolve("helpers"));
        Path script = helpers.resolve("docker-credential-broken");
        Files.writeString(script, "#!/bin/sh\ncat > /dev/null\necho 'keyring is locked'\nexit 1\n");
        script.toFile().setExecutable(true);
        Files.writeString(dir.resolve("config.json"), "{\"credsStore\": \"broken\"}");

        assertThatThrownBy(() -> logins().save(new RegistryCredential("r.example", "u", "topsecret")))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("docker-credential-broken").hasMessageContaining("keyring is locked")
                .message().doesNotContain("topsecret");
    }

    @Test
    void aMissingHelperSaysWhichProgramIsMissing() throws IOException {
        Files.writeString(dir.resolve("config.json"), "{\"credsStore\": \"absent\"}");

        assertThatThrownBy(() -> logins().find("r.example")).isInstanceOf(EngineException.class)
                .hasMessageContaining("docker-credential-absent").hasMessageContaining("could not be started");
    }

    @Test
    void theConfigFolderFollowsDockerConfigLikeTheCli() {
        SystemEnvironment env = new SystemEnvironment(Map.of("DOCKER_CONFIG", dir.toString()), Path.of("/home/x"),
                "Linux", p -> false);
        assertThat(RegistryLogins.forUser(env).file()).isEqualTo(dir.resolve("config.json"));
        SystemEnvironment plain = new SystemEnvironment(Map.of(), Path.of("/home/x"), "Linux", p -> false);
        assertThat(RegistryLogins.forUser(plain).file()).isEqualTo(Path.of("/home/x/.docker/config.json"));
    }

    @Test
    void credentialsNeverShowTheirSecret() {
        assertThat(new RegistryCredential("r", "u", "hunter2").toString()).doesNotContain("hunter2").contains("u");
    }

    /**
     * A helper speaking the docker-credential protocol, keeping each registry's JSON in a file of a folder of its
     * own; returns that folder.
     */
    private Path fakeHelper(String name) throws IOException {
        Path helpers = Files.createDirectories(dir.resolve("helpers"));
        Path store = Files.createDirectories(dir.resolve("store-" + name));
        Path script = helpers.resolve("docker-credential-" + name);
        Files.writeString(script, """
                #!/bin/sh
                store='%s'
                case "$1" in
                  store) json=$(cat); url=$(printf '%%s' "$json" | sed 's/.*"ServerURL":"\\([^"]*\\)".*/\\1/')
                         printf '%%s' "$json" > "$store/$url" ;;
                  get)   url=$(cat); if [ -f "$store/$url" ]; then cat "$store/$url"
                         else echo 'credentials not found in native keychain'; exit 1; fi ;;
                  erase) url=$(cat); if [ -f "$store/$url" ]; then rm "$store/$url"
                         else echo 'credentials not found in native keychain'; exit 1; fi ;;
                  *) exit 2 ;;
                esac
                """.formatted(store));
        script.toFile().setExecutable(true);
        return store;
    }
}
