package dev.porthole.files;

import dev.porthole.model.FileEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Tar streams shaped like the engine's archive API answers (checked against Docker 20.10 with curl). */
class ArchiveReadingTest {

    private static byte[] tar(Object... nameAndContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                String name = (String) nameAndContent[i];
                Object content = nameAndContent[i + 1];
                TarArchiveEntry e;
                // preserve absolute names: the engine sends "/bin/" when asked for the root
                if (name.endsWith("/")) {
                    e = new TarArchiveEntry(name, TarConstants.LF_DIR, true);
                } else if (content instanceof String s && s.startsWith("->")) {
                    e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK, true);
                    e.setLinkName(s.substring(2));
                } else {
                    e = new TarArchiveEntry(name, TarConstants.LF_NORMAL, true);
                    e.setSize(((byte[]) content).length);
                }
                out.putArchiveEntry(e);
                if (content instanceof byte[] b) {
                    out.write(b);
                }
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void listingKeepsDirectChildrenOnlyFoldersFirst() throws IOException {
        byte[] tar = tar("etc/", null, "etc/hosts", "127.0.0.1 localhost\n".getBytes(StandardCharsets.UTF_8),
                "etc/ssl/", null, "etc/ssl/cert.pem", new byte[5000], "etc/localtime", "->/usr/share/zoneinfo/UTC");
        var children = ArchiveReading.children(new ByteArrayInputStream(tar), "/etc");
        assertThat(children).extracting(FileEntry::name).containsExactly("ssl", "hosts", "localtime");
        assertThat(children).extracting(FileEntry::path).containsExactly("/etc/ssl", "/etc/hosts", "/etc/localtime");
        assertThat(children.get(1).size()).isEqualTo(20);
        assertThat(children.get(2).kind()).isEqualTo(FileEntry.Kind.SYMLINK);
        assertThat(children.get(2).linkTarget()).isEqualTo("/usr/share/zoneinfo/UTC");
    }

    @Test
    void rootListingHasAbsoluteEntryNames() throws IOException {
        byte[] tar = tar("/", null, "/.dockerenv", new byte[0], "/bin/", null, "/bin/sh", "->/bin/busybox");
        assertThat(ArchiveReading.children(new ByteArrayInputStream(tar), "/"))
                .extracting(FileEntry::path).containsExactly("/bin", "/.dockerenv");
    }

    @Test
    void previewCapsTextAndDetectsBinary() throws IOException {
        byte[] text = "hello\nworld\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        FilePreview capped = ArchiveReading.preview(new ByteArrayInputStream(tar("notes", text)), 12);
        assertThat(capped.text()).isEqualTo("hello\nworld\n");
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.size()).isEqualTo(1200);

        FilePreview binary = ArchiveReading.preview(new ByteArrayInputStream(tar("blob", new byte[]{1, 0, 2, 3})), 100);
        assertThat(binary.binary()).isTrue();
        assertThat(binary.text()).isNull();
    }

    @Test
    void aMultiByteCharacterCutByTheCapIsDropped() throws IOException {
        byte[] text = "aé".getBytes(StandardCharsets.UTF_8); // a, then é as two bytes
        FilePreview p = ArchiveReading.preview(new ByteArrayInputStream(tar("f", text)), 2);
        assertThat(p.binary()).isFalse();
        assertThat(p.text()).isEqualTo("a");
    }

    @Test
    void savingAFileWritesItsBytesOnly(@TempDir Path dir) throws IOException {
        byte[] content = "payload".getBytes(StandardCharsets.UTF_8);
        Path target = dir.resolve("out.txt");
        long n = ArchiveReading.saveFile(new ByteArrayInputStream(tar("hosts", content)), target);
        assertThat(n).isEqualTo(content.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void pathsJoinAndSplitAtTheRoot() {
        assertThat(ContainerPaths.child("/", "bin")).isEqualTo("/bin");
        assertThat(ContainerPaths.child("/etc", "hosts")).isEqualTo("/etc/hosts");
        assertThat(ContainerPaths.parent("/etc/ssl")).isEqualTo("/etc");
        assertThat(ContainerPaths.parent("/etc")).isEqualTo("/");
        assertThat(ContainerPaths.name("/etc/ssl/")).isEqualTo("ssl");
    }
}
