package dev.porthole.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Images FROM scratch that hold this computer's static busybox and a /bin link per applet: their build contexts
 * and their build, which needs no registry and runs no container (seconds faster, on Podman too). Used for the
 * volume helper image, the bench fixtures and the tests' busybox image.
 */
public final class BusyboxImages {

    /** Where a static busybox is (Debian's busybox-static). */
    public static final Path HOST_BUSYBOX = Path.of("/bin/busybox");

    private BusyboxImages() {
    }

    /**
     * A tar build context of {@code dockerfile} plus {@code bin/busybox} and its applet links; the Dockerfile puts
     * them in place with {@code COPY bin /bin}.
     *
     * @throws IOException when {@code busybox} cannot be read or run
     */
    public static byte[] context(String dockerfile, Path busybox) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            add(tar, "Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8), 0644);
            TarArchiveEntry bin = new TarArchiveEntry("bin/");
            bin.setMode(040755);
            tar.putArchiveEntry(bin);
            tar.closeArchiveEntry();
            add(tar, "bin/busybox", Files.readAllBytes(busybox), 0755);
            for (String applet : applets(busybox)) {
                TarArchiveEntry link = new TarArchiveEntry("bin/" + applet, TarConstants.LF_SYMLINK);
                link.setLinkName("busybox");
                link.setMode(0120777);
                tar.putArchiveEntry(link);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A tar build context of {@code dockerfile} alone (for images FROM one built with {@link #withBusybox}). */
    public static byte[] dockerfileOnly(String dockerfile) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            add(tar, "Dockerfile", dockerfile.getBytes(StandardCharsets.UTF_8), 0644);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writes to memory only
        }
        return bytes.toByteArray();
    }

    /**
     * Builds {@code context} as {@code repoTag}, never pulling, and waits for it; returns the image id. The call is
     * neither bounded nor translated: callers do that their way.
     */
    public static String build(DockerClient docker, byte[] context, String repoTag) {
        try (var callback = docker.buildImageCmd(new ByteArrayInputStream(context))
                .withTags(Set.of(repoTag)).withPull(false).withRemove(true).withForcerm(true)
                .exec(new BuildImageResultCallback())) {
            return callback.awaitImageId(2, TimeUnit.MINUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The applets this busybox has (sh, sleep, httpd…), each to become a /bin link; just sh when it names none. */
    static List<String> applets(Path busybox) throws IOException {
        Process list = new ProcessBuilder(busybox.toString(), "--list").redirectErrorStream(true).start();
        List<String> names = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::trim).filter(n -> n.matches("[A-Za-z0-9_.\\[-]+") && !n.equals("busybox")).toList();
        return names.isEmpty() ? List.of("sh") : names;
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content, int mode) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(mode);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
