package dev.porthole.layers;

import dev.porthole.layers.ImageArchiveWriter.Layer;
import dev.porthole.layers.ImageArchiveWriter.Layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small image archives in a test's temp folder and analyses them: no engine needed. */
final class TestArchives {

    private TestArchives() {
    }

    /** A {@code docker save} archive of {@code layers}, analysed. */
    static Analysis analyze(Path dir, Layer... layers) {
        return analyze(dir, ImageArchiveWriter.of(Layout.DOCKER_SAVE), layers);
    }

    /** An archive of {@code layers} written by {@code writer}, analysed. */
    static Analysis analyze(Path dir, ImageArchiveWriter writer, Layer... layers) {
        return LayerAnalyzer.analyze(new ArchiveFileSource(write(dir, writer, layers)));
    }

    /** Writes {@code layers} with {@code writer} to a new file in {@code dir}. */
    static Path write(Path dir, ImageArchiveWriter writer, Layer... layers) {
        try {
            Path archive = Files.createTempFile(dir, "image-", ".tar");
            writer.write(archive, List.of(layers));
            return archive;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A layer made by {@code RUN command}, as the classic builder records it. */
    static Layer run(String command) {
        return new Layer("/bin/sh -c " + command);
    }
}
