package dev.porthole.layers;

import dev.porthole.layers.ImageArchiveWriter.Compression;
import dev.porthole.layers.ImageArchiveWriter.Layer;
import dev.porthole.layers.ImageArchiveWriter.Layout;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static dev.porthole.layers.TestArchives.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Both archive layouts, every layer compression, and the manifest deciding layer order. */
class ArchiveFormatsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> layoutsAndCompressions() {
        return Stream.of(
                Arguments.of(Layout.DOCKER_SAVE, Compression.NONE, false),
                Arguments.of(Layout.DOCKER_SAVE, Compression.NONE, true),
                Arguments.of(Layout.DOCKER_OCI, Compression.NONE, false),
                Arguments.of(Layout.OCI, Compression.NONE, false),
                Arguments.of(Layout.OCI, Compression.GZIP, false),
                Arguments.of(Layout.OCI, Compression.GZIP, true),
                Arguments.of(Layout.OCI, Compression.ZSTD, false),
                Arguments.of(Layout.DOCKER_OCI, Compression.ZSTD, true));
    }

    @ParameterizedTest(name = "{0} {1} metadata first: {2}")
    @MethodSource("layoutsAndCompressions")
    void everyLayoutAndCompressionGivesTheSameAnalysis(Layout layout, Compression compression, boolean metadataFirst) {
        ImageArchiveWriter writer = ImageArchiveWriter.of(layout).compression(compression)
                .metadataFirst(metadataFirst).tag("example/app:1");

        Analysis a = TestArchives.analyze(dir, writer, sampleLayers());

        assertThat(a.tag()).isEqualTo("example/app:1");
        assertThat(a.layers()).extracting(LayerInfo::command)
                .containsExactly("ADD file:abc in /", "layer one", "layer two", "layer three", "cleanup");
        assertThat(a.layers()).extracting(LayerInfo::sizeBytes).containsExactly(1000L, 2001L, 2002L, 2003L, 0L);
        assertThat(a.layers()).allSatisfy(l -> assertThat(l.digest()).matches("sha256:[0-9a-f]{64}"));
        // /data/blob: visited 5 times (the removal counting 0), smallest 0; each /layer-N once
        assertThat(a.efficiency()).isEqualTo(6000.0 / (1000 + 1 + 2 + 3 + 6000));
        assertThat(a.inefficientFiles()).singleElement()
                .extracting(InefficientFile::path, InefficientFile::count, InefficientFile::wastedBytes)
                .containsExactly("/data/blob", 5, 1006L);
        assertThat(a.layers().get(4).removed()).isEqualTo(1);
    }

    @Test
    void layerOrderComesFromTheManifestNotFromTheArchive() throws IOException {
        Path archive = TestArchives.write(dir, ImageArchiveWriter.of(Layout.OCI), sampleLayers());
        Analysis a = LayerAnalyzer.analyze(new ArchiveFileSource(archive));

        // the blobs sit in digest order in the archive, which is not the image's order
        List<String> blobOrder = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(archive))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                blobOrder.add(e.getName().replace("blobs/sha256/", "sha256:"));
            }
        }
        List<String> manifestOrder = a.layers().stream().map(LayerInfo::digest).toList();
        assertThat(blobOrder.stream().filter(manifestOrder::contains).toList()).isNotEqualTo(manifestOrder);
        for (int i = 1; i < 4; i++) {
            assertThat(a.changesIn(i).find("/layer-" + i)).isPositive();
        }
        assertThat(a.layers()).extracting(LayerInfo::command).startsWith("ADD file:abc in /", "layer one", "layer two");
    }

    @Test
    void aNestedImageIndexIsFollowedToThisMachinesPlatformSkippingAttestations() throws Exception {
        Path oci = TestArchives.write(dir, ImageArchiveWriter.of(Layout.OCI).tag(null), sampleLayers());
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(oci))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                entries.put(e.getName(), tar.readAllBytes());
            }
        }
        String manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(entries.get("index.json"))
                .path("manifests").get(0).path("digest").asText();
        String arch = System.getProperty("os.arch").equals("aarch64") ? "arm64" : "amd64";
        String other = arch.equals("amd64") ? "arm64" : "amd64";
        String missing = "sha256:" + "0".repeat(64);
        String platforms = """
                {"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
                 {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s",
                  "platform":{"os":"unknown","architecture":"unknown"},
                  "annotations":{"vnd.docker.reference.type":"attestation-manifest"}},
                 {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s",
                  "platform":{"os":"linux","architecture":"%s"}},
                 {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"%s",
                  "platform":{"os":"linux","architecture":"%s"}}]}
                """.formatted(missing, missing, other, manifest, arch);
        String platformsDigest = "sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest(platforms.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        entries.put("blobs/sha256/" + platformsDigest.substring(7),
                platforms.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        entries.put("index.json", ("{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":"
                + "\"application/vnd.oci.image.index.v1+json\",\"digest\":\"" + platformsDigest + "\","
                + "\"annotations\":{\"io.containerd.image.name\":\"docker.io/example/multi:2\"}}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path nested = dir.resolve("nested.tar");
        try (org.apache.commons.compress.archivers.tar.TarArchiveOutputStream tar =
                     new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                             Files.newOutputStream(nested))) {
            for (var e : entries.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
        }

        Analysis a = LayerAnalyzer.analyze(new ArchiveFileSource(nested));

        assertThat(a.tag()).isEqualTo("docker.io/example/multi:2");
        assertThat(a.layers()).hasSize(5);
    }

    @Test
    void aLayerRepeatedInTheImageIsLinkedInTheArchiveAndCountedTwice() {
        Analysis a = TestArchives.analyze(dir, ImageArchiveWriter.of(Layout.DOCKER_SAVE),
                run("same").file("/x", 10), run("other").file("/y", 5), run("same").file("/x", 10));

        assertThat(a.layers()).extracting(LayerInfo::sizeBytes).containsExactly(10L, 5L, 10L);
        assertThat(a.layers().get(0).digest()).isEqualTo(a.layers().get(2).digest());
        assertThat(a.wastedBytes()).isEqualTo(20);
    }

    @Test
    void aGzippedDockerSaveArchiveIsReadToo() throws IOException {
        Path plain = TestArchives.write(dir, ImageArchiveWriter.of(Layout.DOCKER_SAVE), sampleLayers());
        Path gzipped = dir.resolve("image.tar.gz");
        try (InputStream in = Files.newInputStream(plain);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            in.transferTo(out);
        }

        Analysis a = LayerAnalyzer.analyze(new ArchiveFileSource(gzipped));

        assertThat(a.layers()).hasSize(5);
        assertThat(a.image()).isEqualTo(gzipped.toString());
    }

    @Test
    void anArchiveWithoutATagIsNamedByItsPathOnly() {
        Analysis a = TestArchives.analyze(dir, ImageArchiveWriter.of(Layout.OCI).tag(null), run("x").file("/x", 1));

        assertThat(a.tag()).isNull();
        assertThat(a.image()).startsWith(dir.toString());
    }

    @Test
    void progressReachesTheArchiveLength() throws IOException {
        Path archive = TestArchives.write(dir, ImageArchiveWriter.of(Layout.DOCKER_SAVE), sampleLayers());
        long[] last = {0, 0};

        LayerAnalyzer.analyze(new ArchiveFileSource(archive), (read, total) -> {
            assertThat(read).isGreaterThanOrEqualTo(last[0]);
            last[0] = read;
            last[1] = total;
        });

        assertThat(last[1]).isEqualTo(Files.size(archive));
        assertThat(last[0]).isEqualTo(Files.size(archive));
    }

    @Test
    void interruptingTheThreadCancelsTheAnalysis() throws IOException {
        Path archive = TestArchives.write(dir, ImageArchiveWriter.of(Layout.DOCKER_SAVE), sampleLayers());
        Thread.currentThread().interrupt();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LayerAnalyzer.analyze(
                    new ArchiveFileSource(archive))).isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    /** Five layers: the file /data/blob is written by three layers after the base and removed by the last. */
    static Layer[] sampleLayers() {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer("/bin/sh -c #(nop) ADD file:abc in / ").dir("/data").file("/data/blob", 1000));
        for (int i = 1; i <= 3; i++) {
            layers.add(run("layer " + new String[] {"", "one", "two", "three"}[i])
                    .file("/data/blob", i).file("/layer-" + i, 2000));
        }
        layers.add(run("cleanup").whiteout("/data/blob"));
        return layers.toArray(Layer[]::new);
    }
}
