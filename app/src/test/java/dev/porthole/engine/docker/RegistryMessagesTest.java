package dev.porthole.engine.docker;

import dev.porthole.model.ImageName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's registry errors (as dockerd 20.10 words them) explained. */
class RegistryMessagesTest {

    private static final ImageName APP = ImageName.parse("127.0.0.1:5000/team/app:2");

    @Test
    void unauthorizedAsksToSignIn() {
        assertThat(RegistryMessages.explain(APP, true, "unauthorized: authentication required"))
                .contains("registry 127.0.0.1:5000 refused access").contains("Sign in")
                .contains("push to 127.0.0.1:5000/team/app");
        assertThat(RegistryMessages.explain(APP, false,
                "Head \"http://127.0.0.1:5000/v2/team/app/manifests/2\": no basic auth credentials"))
                .contains("refused access");
    }

    @Test
    void manifestUnknownIsToldApartByTheTagList() {
        String raw = "manifest for 127.0.0.1:5000/team/app:2 not found: manifest unknown: manifest unknown";
        assertThat(RegistryMessages.explain(APP, false, raw, new RegistryTags.Answer(false, List.of())))
                .endsWith("has no repository 127.0.0.1:5000/team/app.");
        assertThat(RegistryMessages.explain(APP, false, raw, new RegistryTags.Answer(true, List.of("1", "3"))))
                .contains("has no tag 2").endsWith("Its tags: 1, 3.");
        assertThat(RegistryMessages.explain(APP, false, raw, null))
                .contains("has no tag 2 of 127.0.0.1:5000/team/app");
    }

    @Test
    void plainHttpToATlsClientIsExplained() {
        assertThat(RegistryMessages.explain(ImageName.parse("r.example:5000/a"), false,
                "Get \"https://r.example:5000/v2/\": http: server gave HTTP response to HTTPS client"))
                .contains("speaks plain HTTP");
    }

    @Test
    void wrongPasswordsAtSignInSaySo() {
        assertThat(RegistryMessages.explainLogin("127.0.0.1:5001",
                "Get \"http://127.0.0.1:5001/v2/\": unauthorized: authentication required"))
                .isEqualTo("Cannot sign in to 127.0.0.1:5001: the user name or password is wrong.");
        assertThat(RegistryMessages.explainLogin("127.0.0.1:5999",
                "Get \"http://127.0.0.1:5999/v2/\": dial tcp 127.0.0.1:5999: connect: connection refused"))
                .contains("cannot be reached");
    }
}
