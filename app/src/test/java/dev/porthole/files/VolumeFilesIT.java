package dev.porthole.files;

import dev.porthole.engine.Engine;
import dev.porthole.engine.docker.DockerEngine;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.FileEntry;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.RunSpec;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Browsing a volume through a helper container on the real engine: list, preview, download, helper gone after. */
class VolumeFilesIT {

    private static final String HELPER_LABEL = "dev.porthole.helper";

    private static Engine engine;
    private static String busybox;
    private static boolean helperImageWasThere;
    private static final List<String> volumes = new ArrayList<>();

    @BeforeAll
    static void openEngine() {
        engine = TestEngines.assumeEngine();
        busybox = TestImages.busybox(engine);
        helperImageWasThere = helperImage() != null;
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine, () -> {
            volumes.forEach(engine::removeVolume);
            ImageSummary built = helperImage();
            if (!helperImageWasThere && built != null) {
                engine.removeImage(built.id(), true);
            }
        });
    }

    @Test
    void aFileWrittenIntoTheVolumeIsListedPreviewedAndDownloadedAndTheHelperGoesAfter(@TempDir Path dir)
            throws IOException {
        String volume = TestImages.uniqueName("browse");
        volumes.add(volume);
        engine.createVolume(volume, "local", Map.of(TEST_LABEL, "true"));
        String writer = TestImages.run(engine, new RunSpec(busybox, null, List.of("sh", "-c",
                "mkdir -p /data/notes && echo 'hello from the volume' > /data/notes/greeting.txt"),
                List.of(), List.of(), List.of(volume + ":/data"), "no", false, Map.of(TEST_LABEL, "true")));
        waitStopped(writer);
        engine.removeContainer(writer, true);

        String helperId;
        try (VolumeFiles files = VolumeFiles.open(engine, volume)) {
            helperId = files.containerId();
            ContainerSummary helper = engine.findContainer(helperId);
            assertThat(helper.labels()).containsEntry(HELPER_LABEL, "true");
            var mounts = ((DockerEngine) engine).dockerClient().inspectContainerCmd(helperId).exec().getMounts();
            assertThat(mounts).singleElement().satisfies(m -> {
                assertThat(m.getName()).isEqualTo(volume);
                assertThat(m.getRW()).isFalse();
            });

            List<FileEntry> top = ContainerFiles.list(engine, helperId, VolumeFiles.MOUNT_PATH);
            assertThat(top).extracting(FileEntry::name).containsExactly("notes");
            assertThat(top.getFirst().isFolder()).isTrue();
            List<FileEntry> notes = ContainerFiles.list(engine, helperId, VolumeFiles.MOUNT_PATH + "/notes");
            assertThat(notes).extracting(FileEntry::name).containsExactly("greeting.txt");

            String file = VolumeFiles.MOUNT_PATH + "/notes/greeting.txt";
            assertThat(ContainerFiles.preview(engine, helperId, file, 1024).text()).isEqualTo("hello from the volume\n");
            Path saved = dir.resolve("greeting.txt");
            assertThat(ContainerFiles.downloadFile(engine, helperId, file, saved)).isEqualTo(22);
            assertThat(Files.readString(saved)).isEqualTo("hello from the volume\n");
            Path tar = dir.resolve("notes.tar");
            ContainerFiles.downloadFolderTar(engine, helperId, VolumeFiles.MOUNT_PATH + "/notes", tar);
            assertThat(tarNames(tar)).contains("notes/greeting.txt");
        }
        assertThat(engine.findContainer(helperId)).isNull();
    }

    @Test
    void aMissingVolumeIsRefusedAndNotCreated() {
        String missing = TestImages.uniqueName("missing");
        assertThatThrownBy(() -> VolumeFiles.open(engine, missing)).hasMessageContaining("no such volume");
        assertThat(engine.listVolumes()).noneMatch(v -> v.name().equals(missing));
    }

    private static ImageSummary helperImage() {
        return engine.listImages().stream().filter(i -> "true".equals(i.labels().get(HELPER_LABEL))).findFirst()
                .orElse(null);
    }

    private static List<String> tarNames(Path tar) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream t = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e = t.getNextEntry(); e != null; e = t.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static void waitStopped(String id) {
        for (int i = 0; i < 100; i++) {
            ContainerSummary c = engine.findContainer(id);
            if (c == null || !c.state().canStop()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError(id + " did not stop");
    }
}
