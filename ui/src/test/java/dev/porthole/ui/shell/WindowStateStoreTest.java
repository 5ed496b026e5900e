package dev.porthole.ui.shell;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WindowStateStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedStateComesBackTheSame() throws IOException {
        WindowStateStore store = new WindowStateStore(dir.resolve("nested/window.properties"));
        WindowState state = new WindowState(120.5, 80, 1024, 700, true, "images");

        store.save(state);

        assertThat(store.load()).isEqualTo(state);
        assertThat(dir.resolve("nested/window.properties.tmp")).doesNotExist();
    }

    @Test
    void aStateWithoutPositionKeepsNoPosition() throws IOException {
        WindowStateStore store = new WindowStateStore(dir.resolve("window.properties"));
        store.save(WindowState.DEFAULT.withLastPage("learn"));

        WindowState loaded = store.load();

        assertThat(loaded.hasPosition()).isFalse();
        assertThat(loaded.lastPage()).isEqualTo("learn");
    }

    @Test
    void missingFileGivesDefaults() {
        assertThat(new WindowStateStore(dir.resolve("none.properties")).load()).isEqualTo(WindowState.DEFAULT);
    }

    @Test
    void binaryGarbageGivesDefaults() throws IOException {
        Path file = dir.resolve("window.properties");
        Files.write(file, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\\', 'u', 'z', 'z', '\n', (byte) 0xc3});

        assertThat(new WindowStateStore(file).load()).isEqualTo(WindowState.DEFAULT);
    }

    @Test
    void badValuesFallBackOneByOne() throws IOException {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, """
                x=left
                y=NaN
                width=12
                height=-4
                maximized=perhaps
                lastPage=../../etc/passwd
                theme=purple
                """);

        WindowState loaded = new WindowStateStore(file).load();

        assertThat(loaded).isEqualTo(WindowState.DEFAULT);
    }

    @Test
    void theThemeOlderVersionsSavedHereIsOfferedForMigrationAndNoLongerWritten() throws IOException {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "lastPage=images\ntheme=dark\n");
        WindowStateStore store = new WindowStateStore(file);

        assertThat(store.legacyTheme()).contains(Theme.Mode.DARK);
        store.save(store.load());
        assertThat(store.legacyTheme()).isEmpty();
        assertThat(Files.readString(file)).doesNotContain("theme");
    }

    @Test
    void aDirectoryInPlaceOfTheFileGivesDefaults() throws IOException {
        Path file = Files.createDirectories(dir.resolve("window.properties"));

        assertThat(new WindowStateStore(file).load()).isEqualTo(WindowState.DEFAULT);
    }

    @Test
    void aPositionOffEveryScreenIsDroppedSoTheWindowCentres() {
        List<Rectangle2D> screens = List.of(new Rectangle2D(0, 0, 1920, 1050), new Rectangle2D(1920, 0, 1280, 1024));
        WindowState offRight = new WindowState(3500, 100, 1000, 700, false, "containers");
        WindowState aboveTop = new WindowState(100, -600, 1000, 700, false, "containers");

        assertThat(offRight.fitTo(screens).hasPosition()).isFalse();
        assertThat(aboveTop.fitTo(screens).hasPosition()).isFalse();
    }

    @Test
    void aPositionOnTheSecondScreenIsKept() {
        List<Rectangle2D> screens = List.of(new Rectangle2D(0, 0, 1920, 1050), new Rectangle2D(1920, 0, 1280, 1024));
        WindowState onSecond = new WindowState(2000, 50, 1000, 700, false, "images");

        assertThat(onSecond.fitTo(screens)).isEqualTo(onSecond);
    }

    @Test
    void aWindowLargerThanThePrimaryScreenShrinksToIt() {
        WindowState huge = new WindowState(0, 0, 4000, 3000, false, "images");

        WindowState fitted = huge.fitTo(List.of(new Rectangle2D(0, 0, 1366, 740)));

        assertThat(fitted.width()).isEqualTo(1366);
        assertThat(fitted.height()).isEqualTo(740);
        assertThat(fitted.hasPosition()).isTrue();
    }

    @Test
    void configFolderFollowsEachPlatformsConvention() {
        assertThat(ConfigDir.forPlatform("Linux", Map.of(), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.config/porthole"));
        assertThat(ConfigDir.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/ann"))
                .isEqualTo(Path.of("/xdg/porthole"));
        assertThat(ConfigDir.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", "relative"), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.config/porthole"));
        assertThat(ConfigDir.forPlatform("Mac OS X", Map.of(), "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Porthole"));
        assertThat(ConfigDir.forPlatform("Windows 11", Map.of("APPDATA", "/appdata"), "/home/ann"))
                .isEqualTo(Path.of("/appdata", "Porthole"));
    }
}
