package dev.porthole.prefs;

import dev.porthole.engine.EngineChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferencesStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T01:45:00Z"), ZoneOffset.UTC);

    private PreferencesStore store() {
        return new PreferencesStore(dir.resolve(PreferencesStore.FILE_NAME), clock);
    }

    @Test
    void savedPreferencesComeBackOnTheNextLoad() throws IOException {
        Preferences prefs = new Preferences(new EngineChoice(EngineChoice.Kind.TCP, "10.0.0.6:2376", dir.resolve("certs")),
                Preferences.Theme.DARK, 25_000, false, "/bin/sh");

        store().save(prefs);
        PreferencesStore.Loaded loaded = store().load();

        assertThat(loaded.preferences()).isEqualTo(prefs);
        assertThat(loaded.problem()).isNull();
        assertThat(loaded.existed()).isTrue();
        assertThat(files()).containsExactly(PreferencesStore.FILE_NAME);
    }

    @Test
    void noFileGivesTheDefaultsWithoutAMessage() {
        PreferencesStore.Loaded loaded = store().load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.DEFAULT);
        assertThat(loaded.preferences().logBufferLines()).isEqualTo(100_000);
        assertThat(loaded.problem()).isNull();
        assertThat(loaded.existed()).isFalse();
    }

    @Test
    void anUnreadableFileIsKeptAsideAndTheDefaultsAreUsed() throws IOException {
        byte[] garbage = {(byte) 0xff, 0, '=', '\\', 'u', '1'};
        Files.write(store().file(), garbage);

        PreferencesStore.Loaded loaded = store().load();

        assertThat(loaded.preferences()).isEqualTo(Preferences.DEFAULT);
        Path aside = dir.resolve("preferences.properties.damaged-20261128-014500");
        assertThat(loaded.keptAside()).isEqualTo(aside);
        assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        assertThat(Files.exists(store().file())).isFalse();
        assertThat(loaded.problem()).contains("is damaged", "default preferences", aside.toString());
    }

    @Test
    void aBadValueFallsBackAloneKeepsTheOtherValuesAndTheOriginalFile() throws IOException {
        String text = "theme=purple\nlogBufferLines=5000\nconfirmations=false\n";
        Files.writeString(store().file(), text);

        PreferencesStore.Loaded loaded = store().load();

        assertThat(loaded.preferences().theme()).isEqualTo(Preferences.Theme.SYSTEM);
        assertThat(loaded.preferences().logBufferLines()).isEqualTo(5000);
        assertThat(loaded.preferences().confirmations()).isFalse();
        assertThat(loaded.problem()).contains("theme=purple");
        assertThat(Files.readString(loaded.keptAside())).isEqualTo(text);
        // the repaired file is in place, so the next start is quiet
        assertThat(store().load().problem()).isNull();
        assertThat(store().load().preferences()).isEqualTo(loaded.preferences());
    }

    @Test
    void aSecondDamagedFileInTheSameSecondDoesNotReplaceTheFirst() throws IOException {
        Files.writeString(store().file(), "logBufferLines=many\n");
        Path first = store().load().keptAside();
        Files.writeString(store().file(), "logBufferLines=lots\n");
        Path second = store().load().keptAside();

        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(first)).contains("many");
        assertThat(Files.readString(second)).contains("lots");
    }

    @Test
    void unknownKeysAreIgnored() throws IOException {
        Files.writeString(store().file(), "theme=LIGHT\nfutureSetting=42\n");

        PreferencesStore.Loaded loaded = store().load();

        assertThat(loaded.problem()).isNull();
        assertThat(loaded.preferences().theme()).isEqualTo(Preferences.Theme.LIGHT);
    }

    @Test
    void logBufferSizeOutsideItsBoundsIsRefused() throws IOException {
        assertThatThrownBy(() -> Preferences.DEFAULT.withLogBufferLines(999))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1,000");
        assertThatThrownBy(() -> Preferences.DEFAULT.withLogBufferLines(1_000_001))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Preferences.DEFAULT.withLogBufferLines(1_000).logBufferLines()).isEqualTo(1_000);
        assertThat(Preferences.DEFAULT.withLogBufferLines(1_000_000).logBufferLines()).isEqualTo(1_000_000);

        Files.writeString(store().file(), "logBufferLines=50000000\n");
        PreferencesStore.Loaded loaded = store().load();
        assertThat(loaded.preferences().logBufferLines()).isEqualTo(Preferences.DEFAULT.logBufferLines());
        assertThat(loaded.problem()).contains("logBufferLines=50000000");
    }

    @Test
    void automaticDiscoveryKeepsNoAddressSoAllAutoChoicesAreEqual() {
        assertThat(new EngineChoice(EngineChoice.Kind.AUTO, "/left/over.sock", null)).isEqualTo(EngineChoice.AUTO);
        assertThat(new EngineChoice(EngineChoice.Kind.UNIX, "relative.sock", null).problem()).contains("absolute");
        assertThat(new EngineChoice(EngineChoice.Kind.TCP, "10.0.0.5", null).problem()).contains("host:port");
    }

    @Test
    void aShellMustBeAutoOrAnAbsolutePath() {
        assertThat(Preferences.shellProblem("auto")).isNull();
        assertThat(Preferences.shellProblem("/bin/bash")).isNull();
        assertThat(Preferences.shellProblem("bash")).contains("absolute path");
        assertThat(Preferences.DEFAULT.withShell(" ").autoShell()).isTrue();
    }

    @Test
    void foldersFollowEachPlatformsConventions() {
        assertThat(UserFolders.logs("Linux", Map.of(), "/home/ann")).isEqualTo(Path.of("/home/ann/.local/state/porthole/logs"));
        assertThat(UserFolders.logs("Linux", Map.of("XDG_STATE_HOME", "/st"), "/home/ann"))
                .isEqualTo(Path.of("/st/porthole/logs"));
        assertThat(UserFolders.logs("Mac OS X", Map.of(), "/Users/ann")).isEqualTo(Path.of("/Users/ann/Library/Logs/Porthole"));
        assertThat(UserFolders.logs("Windows 11", Map.of("LOCALAPPDATA", "/local"), "/home/ann"))
                .isEqualTo(Path.of("/local/Porthole/logs"));
        assertThat(UserFolders.config("Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/ann"))
                .isEqualTo(Path.of("/xdg/porthole"));
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }
}
