package dev.porthole.engine.docker;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The build contexts of the busybox images: what COPY bin /bin finds, so the build runs nothing. */
class BusyboxImagesTest {

    @Test
    void contextHoldsTheDockerfileBusyboxAndALinkPerApplet(@TempDir Path dir) throws IOException {
        // a stand-in busybox that lists two applets, one of them itself (which gets no link)
        Path busybox = dir.resolve("busybox");
        Files.writeString(busybox, "#!/bin/sh\nprintf 'busybox\\nsh\\nsleep\\n'\n");
        busybox.toFile().setExecutable(true);

        Map<String, TarArchiveEntry> entries = entries(BusyboxImages.context("FROM scratch\n", busybox));

        assertThat(entries.keySet()).containsExactly("Dockerfile", "bin/", "bin/busybox", "bin/sh", "bin/sleep");
        assertThat(entries.get("bin/busybox").getMode() & 0777).isEqualTo(0755);
        assertThat(entries.get("bin/sh").isSymbolicLink()).isTrue();
        assertThat(entries.get("bin/sh").getLinkName()).isEqualTo("busybox");
    }

    @Test
    void aBusyboxThatNamesNoAppletsStillGetsAShell(@TempDir Path dir) throws IOException {
        Path busybox = dir.resolve("busybox");
        Files.writeString(busybox, "#!/bin/sh\nexit 0\n");
        busybox.toFile().setExecutable(true);

        assertThat(entries(BusyboxImages.context("FROM scratch\n", busybox))).containsKey("bin/sh");
    }

    @Test
    void aMissingBusyboxFailsWithAnIoError(@TempDir Path dir) {
        assertThatThrownBy(() -> BusyboxImages.context("FROM scratch\n", dir.resolve("none")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void dockerfileOnlyHoldsJustTheDockerfile() throws IOException {
        Map<String, TarArchiveEntry> entries = entries(BusyboxImages.dockerfileOnly("FROM x\n"));

        assertThat(entries.keySet()).containsExactly("Dockerfile");
        assertThat(entries.get("Dockerfile").getSize()).isEqualTo("FROM x\n".getBytes(StandardCharsets.UTF_8).length);
    }

    private static Map<String, TarArchiveEntry> entries(byte[] tar) throws IOException {
        Map<String, TarArchiveEntry> out = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), e);
            }
        }
        return out;
    }
}
