package dev.porthole.engine;

import dev.porthole.model.RegistryCredential;
import dev.porthole.model.TransferEvent;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.testing.TestRegistries;
import dev.porthole.testing.TestRegistries.Recorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in against the htpasswd registry .ci/run starts, and pushing with the stored credential. */
class RegistrySignInIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String REPOSITORY = "porthole-test/signed-" + RUN;

    private static Engine engine;
    private static String registry;
    private static String user;
    private static String password;
    private static String digest;

    @TempDir
    Path config;

    @BeforeAll
    static void openEngine() {
        engine = TestEngines.assumeEngine();
        List<String> auth = TestRegistries.assumeAuth();
        registry = auth.get(0);
        user = auth.get(1);
        password = auth.get(2);
    }

    @AfterAll
    static void cleanUp() {
        if (engine == null) {
            return;
        }
        try {
            TestImages.cleanup(engine);
        } finally {
            if (digest != null) {
                TestRegistries.deleteManifest(registry, REPOSITORY, digest, user, password);
            }
            engine.close();
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsStored() {
        RegistryLogins logins = new RegistryLogins(config, CredentialHelpers.onPath());
        RegistryCredential wrong = new RegistryCredential(registry, user, "not-the-password");

        assertThatThrownBy(() -> engine.checkRegistryLogin(wrong)).isInstanceOf(EngineException.class)
                .hasMessage("Cannot sign in to " + registry + ": the user name or password is wrong.");
        assertThat(logins.registries()).isEmpty();
    }

    @Test
    void signedInPushesWorkAndUnsignedOnesAreRefused() {
        RegistryLogins logins = new RegistryLogins(config, CredentialHelpers.onPath());
        RegistryCredential credential = new RegistryCredential(registry, user, password);
        engine.checkRegistryLogin(credential);
        logins.save(credential);
        String reference = registry + "/" + REPOSITORY + ":1";
        TestImages.buildImage(engine, reference, "LABEL run=" + RUN);

        Recorder refused = Recorder.push(engine, reference, null);
        assertThat(refused.last()).isInstanceOf(TransferEvent.Failed.class);
        assertThat(((TransferEvent.Failed) refused.last()).message()).contains("refused access").contains("Sign in");

        Recorder pushed = Recorder.push(engine, reference, logins.forImage(reference));
        assertThat(pushed.last()).isInstanceOf(TransferEvent.Finished.class);
        digest = ((TransferEvent.Finished) pushed.last()).digest();

        logins.remove(registry);
        assertThat(logins.forImage(reference)).isNull();
    }
}
