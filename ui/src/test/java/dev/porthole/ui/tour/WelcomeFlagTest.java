package dev.porthole.ui.tour;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WelcomeFlagTest {

    @TempDir
    Path dir;

    @Test
    void aFreshSettingsFolderHasNotAnsweredTheWelcome() {
        assertThat(WelcomeFlag.in(dir.resolve("not-yet-created")).answered()).isFalse();
    }

    @Test
    void anAnswerIsRememberedInTheSettingsFolder() {
        WelcomeFlag.in(dir.resolve("porthole")).answer("later");

        assertThat(WelcomeFlag.in(dir.resolve("porthole")).answered()).isTrue();
        assertThat(dir.resolve("porthole").resolve(WelcomeFlag.FILE_NAME)).exists();
    }

    @Test
    void aFileWithoutAnAnswerHasNotAnswered() throws Exception {
        Files.writeString(dir.resolve(WelcomeFlag.FILE_NAME), "# nothing here\n");

        assertThat(WelcomeFlag.in(dir).answered()).isFalse();
    }

    @Test
    void aSettingsFolderThatCannotHoldTheFlagDoesNotThrowAndDoesNotGreetOnEveryStart() throws Exception {
        Path blocker = dir.resolve("file-not-folder");
        Files.writeString(blocker, "x");

        WelcomeFlag.in(blocker).answer("tour");

        // unreadable counts as answered: better to miss the welcome than to show it on every start
        assertThat(WelcomeFlag.in(blocker).answered()).isTrue();
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }
}
