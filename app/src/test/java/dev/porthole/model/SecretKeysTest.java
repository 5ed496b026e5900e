package dev.porthole.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecretKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN", "API_KEY", "apiKey",
            "MYSQL_ROOT_PASSWORD", "POSTGRES_PASSWD", "SMTP_PASS", "GOOGLE_APPLICATION_CREDENTIALS", "BASIC_AUTH",
            "SSH_PRIVATE_KEY", "com.example.db.password", "traefik.http.middlewares.auth.basicauth-users-token",
            "client-secret", "password", "ACCESS_TOKENS", "DBPASSWORD", "GitHubToken", "OAuthClient"})
    void namesWithASecretWordLookSecret(String key) {
        assertThat(SecretKeys.looksSecret(key)).as(key).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MONKEY", "PATH", "HOME", "AUTHOR", "KEYBOARD_LAYOUT", "TOKENIZER", "PASSENGER",
            "PWD", "HOSTNAME", "LANG", "org.opencontainers.image.title", "SECRETARY", "dev.porthole.test"})
    void namesThatMerelyContainASecretWordDoNotLookSecret(String key) {
        assertThat(SecretKeys.looksSecret(key)).as(key).isFalse();
    }

    @Test
    void emptyAndNullNamesAreNotSecret() {
        assertThat(SecretKeys.looksSecret(null)).isFalse();
        assertThat(SecretKeys.looksSecret("  ")).isFalse();
    }

    @Test
    void displayMasksOnlySecretValuesThatAreNotRevealed() {
        assertThat(SecretKeys.display("DB_PASSWORD", "hunter2", false)).isEqualTo(SecretKeys.MASK);
        assertThat(SecretKeys.display("DB_PASSWORD", "hunter2", true)).isEqualTo("hunter2");
        assertThat(SecretKeys.display("PATH", "/bin", false)).isEqualTo("/bin");
    }

    @Test
    void inspectJsonMasksSecretEnvEntriesAndLabelsOnly() {
        String json = """
                {
                  "Id" : "abc",
                  "Config" : {
                    "Hostname" : "abc",
                    "Env" : [ "PATH=/bin", "DB_PASSWORD=hun\\"ter2", "GITHUB_TOKEN=ghp_x=y" ],
                    "Labels" : {
                      "com.example.api-key" : "k3y",
                      "dev.porthole.test" : "true"
                    }
                  },
                  "NetworkSettings" : { "SandboxKey" : "/var/run/docker/netns/1" },
                  "Other" : [ { "Env" : "x" } ]
                }""";

        String masked = SecretKeys.maskInspectJson(json);

        assertThat(masked)
                .contains("\"PATH=/bin\"")
                .contains("\"DB_PASSWORD=" + SecretKeys.MASK + "\"")
                .contains("\"GITHUB_TOKEN=" + SecretKeys.MASK + "\"")
                .contains("\"com.example.api-key\" : \"" + SecretKeys.MASK + "\"")
                .contains("\"dev.porthole.test\" : \"true\"")
                .contains("\"SandboxKey\" : \"/var/run/docker/netns/1\"")
                .contains("{ \"Env\" : \"x\" }")
                .doesNotContain("hun\\\"ter2", "ghp_x", "k3y");
        assertThat(masked.lines().count()).isEqualTo(json.lines().count());
    }

    @Test
    void inspectJsonWithoutSecretsIsUnchanged() {
        String json = "{\"Config\":{\"Env\":[\"A=1\"],\"Labels\":null}}";
        assertThat(SecretKeys.maskInspectJson(json)).isEqualTo(json);
        assertThat(SecretKeys.maskInspectJson("")).isEmpty();
    }
}
