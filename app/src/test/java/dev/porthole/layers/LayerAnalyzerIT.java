package dev.porthole.layers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.porthole.engine.Engine;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The busybox test image from the real engine: streamed, saved to a file, and (with skopeo) as an OCI archive. */
class LayerAnalyzerIT {

    private static Engine engine;
    private static String busybox;
    private static Analysis streamed;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyseTheStreamedImage() {
        engine = TestEngines.assumeEngine();
        busybox = TestImages.busybox(engine);
        streamed = LayerAnalyzer.analyze(new EngineImageSource(engine, busybox));
    }

    @AfterAll
    static void cleanUp() {
        TestImages.cleanupAndClose(engine);
    }

    @Test
    void theStreamedImageHasTheEnginesLayersInOrderWithBusyboxAndItsAppletLinks() throws IOException {
        JsonNode inspect = new ObjectMapper().readTree(engine.inspectImageJson(busybox));
        List<String> engineLayers = new ArrayList<>();
        inspect.path("RootFS").path("Layers").forEach(l -> engineLayers.add(l.asText()));

        assertThat(streamed.image()).isEqualTo(busybox);
        assertThat(streamed.layers()).extracting(LayerInfo::digest).containsExactlyElementsOf(engineLayers);
        LayerTree image = streamed.imageAt(streamed.layers().size() - 1);
        int binary = image.find("/bin/busybox");
        assertThat(image.type(binary)).isEqualTo(EntryType.FILE);
        assertThat(image.size(binary)).isEqualTo(Files.size(Path.of("/bin/busybox")));
        int sh = image.find("/bin/sh");
        assertThat(image.type(sh)).isEqualTo(EntryType.SYMLINK);
        assertThat(image.linkTarget(sh)).isEqualTo("busybox");
        assertThat(streamed.sizeBytes()).isGreaterThanOrEqualTo(Files.size(Path.of("/bin/busybox")));
        assertThat(streamed.layers()).allSatisfy(l -> assertThat(l.command()).doesNotStartWith("/bin/sh -c "));
        // nothing in busybox is written twice
        assertThat(streamed.efficiency()).isEqualTo(1.0);
    }

    @Test
    void aSavedFileOfTheImageGivesTheSameAnalysis() throws IOException {
        Path archive = dir.resolve("busybox.tar");
        try (InputStream in = engine.saveImage(busybox)) {
            Files.copy(in, archive);
        }

        Analysis saved = LayerAnalyzer.analyze(new ArchiveFileSource(archive));

        assertSameNumbers(saved, streamed);
        assertThat(saved.tag()).contains("porthole-test/busybox");
    }

    @Test
    void anOciArchiveFromSkopeoGivesTheSameAnalysis() throws Exception {
        Path archive = dir.resolve("busybox-oci.tar");
        String skopeoError = skopeoCopy(busybox, archive);
        if (skopeoError != null) {
            System.out.println("SKIPPED OCI part: " + skopeoError);
            Assumptions.abort(skopeoError);
        }

        Analysis oci = LayerAnalyzer.analyze(new ArchiveFileSource(archive));

        assertSameNumbers(oci, streamed);
    }

    @Test
    void anUnknownImageIsALayersExceptionWithTheEnginesReason() {
        assertThatThrownBy(() -> LayerAnalyzer.analyze(new EngineImageSource(engine, "porthole-test/absent:never")))
                .isInstanceOf(LayersException.class)
                .hasMessageStartingWith("Cannot export image porthole-test/absent:never: ");
    }

    private static void assertSameNumbers(Analysis actual, Analysis expected) {
        assertThat(actual.layers()).extracting(LayerInfo::digest, LayerInfo::command, LayerInfo::sizeBytes,
                        LayerInfo::added, LayerInfo::modified, LayerInfo::removed)
                .containsExactlyElementsOf(expected.layers().stream().map(l -> org.assertj.core.groups.Tuple.tuple(
                        l.digest(), l.command(), l.sizeBytes(), l.added(), l.modified(), l.removed())).toList());
        assertThat(actual.efficiency()).isEqualTo(expected.efficiency());
        assertThat(actual.wastedBytes()).isEqualTo(expected.wastedBytes());
        assertThat(actual.sizeBytes()).isEqualTo(expected.sizeBytes());
    }

    /** Copies the image to an OCI archive with skopeo; returns why it could not, or null. */
    private static String skopeoCopy(String image, Path archive) throws IOException, InterruptedException {
        Process which = new ProcessBuilder("sh", "-c", "command -v skopeo").start();
        if (which.waitFor() != 0) {
            return "skopeo is not installed (apt-get install -y skopeo)";
        }
        String host = TestEngines.dockerEndpoint().host();
        ProcessBuilder copy = new ProcessBuilder("skopeo", "copy", "--dest-compress-format", "gzip",
                "--src-daemon-host", host, "docker-daemon:" + image, "oci-archive:" + archive)
                .redirectErrorStream(true);
        Process p = copy.start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            return "skopeo copy failed: " + output.strip();
        }
        return null;
    }
}
