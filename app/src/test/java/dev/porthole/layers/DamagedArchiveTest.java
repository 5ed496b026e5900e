package dev.porthole.layers;

import dev.porthole.layers.ImageArchiveWriter.Compression;
import dev.porthole.layers.ImageArchiveWriter.Layout;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.porthole.layers.TestArchives.run;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unreadable, truncated, corrupt and unknown archives fail with one clear sentence, never a raw stack trace. */
class DamagedArchiveTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileSaysThereIsNoSuchFile() {
        Path missing = dir.resolve("nope.tar");

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(missing)))
                .isInstanceOf(LayersException.class)
                .hasMessage("Cannot read " + missing + ": there is no such file.");
    }

    @Test
    void anEmptyFileIsNotAnImageArchive() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.tar"));

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(empty)))
                .isInstanceOf(LayersException.class)
                .hasMessage(empty + " is empty, so it is not an image archive.");
    }

    @Test
    void aTextFileIsNotATarFile() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello\n".repeat(200));

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(text)))
                .isInstanceOf(LayersException.class)
                .hasMessage(text + " is not an image archive: it is not a tar file (docker save and OCI archives"
                        + " are).");
    }

    @Test
    void aFileShorterThanATarHeaderIsNotATarFile() throws IOException {
        Path tiny = Files.writeString(dir.resolve("hostname"), "box\n");

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(tiny)))
                .isInstanceOf(LayersException.class)
                .hasMessageEndingWith(" is not an image archive: it is not a tar file (docker save and OCI archives"
                        + " are).");
    }

    @Test
    void aTarWithoutManifestOrIndexIsNotAnImageArchive() throws IOException {
        Path tar = dir.resolve("files.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            byte[] content = "just a file".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e = new TarArchiveEntry("readme.txt");
            e.setSize(content.length);
            out.putArchiveEntry(e);
            out.write(content);
            out.closeArchiveEntry();
        }

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(tar)))
                .isInstanceOf(LayersException.class)
                .hasMessage(tar + " is not an image archive: it has neither manifest.json (docker save) nor"
                        + " index.json (OCI layout).");
    }

    @Test
    void anArchiveCutInsideALayerIsTruncated() throws IOException {
        Path whole = TestArchives.write(dir, ImageArchiveWriter.of(Layout.OCI).metadataFirst(true),
                ArchiveFormatsTest.sampleLayers());
        Path cut = truncate(whole, Files.size(whole) / 2);

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(cut)))
                .isInstanceOf(LayersException.class)
                .hasMessageMatching(java.util.regex.Pattern.quote(cut.toString()) + " is truncated: it ends inside"
                        + " blobs/sha256/[0-9a-f]{64} \\(header at byte \\d+\\)\\. Save or copy it again\\.");
    }

    @Test
    void aDockerSaveArchiveCutBeforeItsManifestIsTruncatedOrIncomplete() throws IOException {
        Path whole = TestArchives.write(dir, ImageArchiveWriter.of(Layout.DOCKER_SAVE),
                ArchiveFormatsTest.sampleLayers());
        // cut exactly at a block boundary, so no entry is cut in two: the manifest is simply missing
        long at = (Files.size(whole) / 2) / 512 * 512;
        Path cut = truncate(whole, at);

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(cut)))
                .isInstanceOf(LayersException.class)
                .hasMessageMatching(".* is (truncated: it ends .*|not an image archive: it has neither manifest.json"
                        + " \\(docker save\\) nor index.json \\(OCI layout\\), though it holds layer tars"
                        + " \\(truncated before its end\\?\\)\\.)");
    }

    @Test
    void aCorruptLayerHeaderSaysWhichLayerIsDamaged() throws IOException {
        Path archive = TestArchives.write(dir, ImageArchiveWriter.of(Layout.DOCKER_SAVE),
                run("one").file("/a", 10), run("two").file("/b", 20));
        byte[] bytes = Files.readAllBytes(archive);
        // the first layer tar's first header follows the outer header named <64 hex>/layer.tar
        int layerHeader = outerHeaderOf(bytes, "/layer.tar", 64) + 512;
        for (int i = 0; i < 16; i++) {
            bytes[layerHeader + i] ^= 0x5a;
        }
        Files.write(archive, bytes);

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(archive)))
                .isInstanceOf(LayersException.class)
                .hasMessageMatching(".* is damaged: layer [0-9a-f]{64}/layer.tar cannot be read: it starts with neither"
                        + " a tar header nor gzip or zstd magic bytes\\.");
    }

    @Test
    void aCorruptHeaderInsideALayerSaysWhereInThatLayer() throws IOException {
        Path archive = TestArchives.write(dir, ImageArchiveWriter.of(Layout.DOCKER_SAVE),
                run("one").file("/a", 10).file("/b", 20));
        byte[] bytes = Files.readAllBytes(archive);
        // /a's header and its one data block, then /b's header at byte 1024 of the layer
        int secondHeader = outerHeaderOf(bytes, "/layer.tar", 64) + 512 + 1024;
        bytes[secondHeader + 3] ^= 0x5a;
        Files.write(archive, bytes);

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(archive)))
                .isInstanceOf(LayersException.class)
                .hasMessageMatching(".* is damaged: layer [0-9a-f]{64}/layer.tar cannot be read: there is no valid tar"
                        + " header at byte 1024 \\(checksum mismatch\\)\\.");
    }

    @Test
    void aCorruptGzipLayerSaysWhichLayerIsDamaged() throws IOException {
        Path archive = TestArchives.write(dir, ImageArchiveWriter.of(Layout.OCI).compression(Compression.GZIP),
                run("one").file("/a", 300_000));
        byte[] bytes = Files.readAllBytes(archive);
        int gzip = indexOf(bytes, new String(new byte[] {0x1f, (byte) 0x8b, 8}, StandardCharsets.ISO_8859_1));
        for (int i = 40; i < 80; i++) {
            bytes[gzip + i] = (byte) 0xff;
        }
        Files.write(archive, bytes);

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(archive)))
                .isInstanceOf(LayersException.class)
                .hasMessageContaining(" is damaged: layer blobs/sha256/")
                .hasMessageContaining(" cannot be read: ");
    }

    @Test
    void aManifestNamingALayerThatIsNotThereIsIncomplete() throws IOException {
        Path tar = dir.resolve("partial.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            put(out, "manifest.json", "[{\"Config\":\"c.json\",\"RepoTags\":[\"x:1\"],\"Layers\":[\"abc/layer.tar\"]}]");
            put(out, "c.json", "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:00\"]},\"history\":[]}");
        }

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(tar)))
                .isInstanceOf(LayersException.class)
                .hasMessage(tar + " is incomplete: layer abc/layer.tar named by the manifest is not in it"
                        + " (truncated?).");
    }

    @Test
    void aManifestThatIsNotJsonIsDamaged() throws IOException {
        Path tar = dir.resolve("bad.tar");
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
            put(out, "manifest.json", "[{\"Config\": oops");
        }

        assertThatThrownBy(() -> LayerAnalyzer.analyze(new ArchiveFileSource(tar)))
                .isInstanceOf(LayersException.class)
                .hasMessage(tar + " is damaged: manifest.json is not valid JSON.");
    }

    private static void put(TarArchiveOutputStream out, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        out.putArchiveEntry(e);
        out.write(bytes);
        out.closeArchiveEntry();
    }

    private Path truncate(Path whole, long length) throws IOException {
        Path cut = dir.resolve("cut-" + length + ".tar");
        try (var in = Files.newInputStream(whole); OutputStream out = Files.newOutputStream(cut)) {
            out.write(in.readNBytes((int) length));
        }
        return cut;
    }

    /** The offset of the outer tar header whose name has {@code before} bytes, then {@code suffix}. */
    private static int outerHeaderOf(byte[] archive, String suffix, int before) {
        byte[] n = suffix.getBytes(StandardCharsets.ISO_8859_1);
        for (int header = 0; header + 512 <= archive.length; header += 512) {
            if (java.util.Arrays.equals(archive, header + before, header + before + n.length, n, 0, n.length)) {
                return header;
            }
        }
        throw new AssertionError(suffix + " not found");
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(needle + " not found");
    }
}
