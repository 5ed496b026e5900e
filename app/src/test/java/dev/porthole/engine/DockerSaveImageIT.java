package dev.porthole.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Engine#saveImage} against the real engine: the {@code docker save} stream, read as it arrives. */
class DockerSaveImageIT {

    private static Engine engine;
    private static String busybox;

    @BeforeAll
    static void openEngine() {
        engine = TestEngines.assumeEngine();
        busybox = TestImages.busybox(engine);
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine);
    }

    @Test
    void saveStreamsATarWhoseManifestListsTheImagesLayers() throws IOException {
        Map<String, byte[]> small = new HashMap<>();
        int layerTars = 0;
        try (InputStream in = engine.saveImage(busybox);
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.getName().endsWith(".json")) {
                    small.put(e.getName(), tar.readAllBytes());
                } else if (e.getName().endsWith("/layer.tar") || e.getName().startsWith("blobs/")) {
                    layerTars++;
                }
            }
        }

        JsonNode manifest = new ObjectMapper().readTree(small.get("manifest.json"));
        JsonNode rootFs = new ObjectMapper().readTree(engine.inspectImageJson(busybox)).path("RootFS").path("Layers");
        assertThat(manifest.get(0).path("Layers")).hasSize(rootFs.size());
        assertThat(layerTars).isGreaterThanOrEqualTo(1);
        assertThat(manifest.get(0).path("RepoTags").toString()).contains("porthole-test/busybox");
    }

    @Test
    void savingAnUnknownImageFailsAtOnceAsNotFound() {
        assertThatThrownBy(() -> engine.saveImage("porthole-test/no-such-image:never"))
                .isInstanceOfSatisfying(EngineException.class,
                        e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.NOT_FOUND))
                .hasMessageStartingWith("Cannot export image porthole-test/no-such-image:never: ");
    }
}
