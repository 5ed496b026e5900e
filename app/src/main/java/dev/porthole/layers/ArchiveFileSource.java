package dev.porthole.layers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image archive file: {@code docker save} or OCI layout, plain or gzip/zstd compressed. The file's channel
 * stream seeks when skipping, so file contents inside plain layers are never read.
 */
public record ArchiveFileSource(Path file) implements ImageSource {

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public InputStream open() throws IOException {
        // Files.newInputStream's skip moves the channel position (clamped at the end), unlike reading through
        return Files.newInputStream(file);
    }

    @Override
    public long length() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
