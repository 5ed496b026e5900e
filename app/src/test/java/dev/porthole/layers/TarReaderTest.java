package dev.porthole.layers;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The header-only tar reader against archives written by commons-compress in each of its formats. */
class TarReaderTest {

    private static final String LONG_NAME = "usr/share/" + "very-long-folder-name/".repeat(8) + "file.txt";

    @Test
    void readsPaxLongNamesLinkTargetsAndLargeOwnerIds() throws IOException {
        byte[] tar = tar(TarArchiveOutputStream.LONGFILE_POSIX, TarArchiveOutputStream.BIGNUMBER_POSIX);

        assertThat(read(tar, true)).containsExactly(
                "usr/ DIRECTORY 0 755 0:0 null",
                LONG_NAME + " FILE 1234 640 3000000:70000 null",
                "usr/link SYMLINK 0 777 0:0 " + LONG_NAME);
    }

    @Test
    void readsGnuLongNamesAndBase256Numbers() throws IOException {
        byte[] tar = tar(TarArchiveOutputStream.LONGFILE_GNU, TarArchiveOutputStream.BIGNUMBER_STAR);

        assertThat(read(tar, false)).containsExactly(
                "usr/ DIRECTORY 0 755 0:0 null",
                LONG_NAME + " FILE 1234 640 3000000:70000 null",
                "usr/link SYMLINK 0 777 0:0 " + LONG_NAME);
    }

    @Test
    void entryDataCanBeReadAndTheRestIsSkipped() throws IOException {
        byte[] tar = tar(TarArchiveOutputStream.LONGFILE_POSIX, TarArchiveOutputStream.BIGNUMBER_POSIX);
        TarReader reader = new TarReader(new ByteArrayInputStream(tar), true, 512);
        reader.next();
        reader.next();

        byte[] head = reader.entryStream().readNBytes(10);
        assertThat(head).hasSize(10).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(reader.next()).isTrue();
        assertThat(reader.name()).isEqualTo("usr/link");
        assertThat(reader.next()).isFalse();
    }

    @Test
    void aTarEndingWithoutEndBlocksEndsAtTheLastEntry() throws IOException {
        byte[] full = tar(TarArchiveOutputStream.LONGFILE_POSIX, TarArchiveOutputStream.BIGNUMBER_POSIX);
        int lastHeader = indexOfName(full, "usr/link");
        byte[] noEnd = java.util.Arrays.copyOf(full, lastHeader + 512);

        assertThat(read(noEnd, true)).hasSize(3);
    }

    @Test
    void anArchiveCutInsideAFileIsAnEndOfFileNamingTheEntry() throws IOException {
        byte[] full = tar(TarArchiveOutputStream.LONGFILE_POSIX, TarArchiveOutputStream.BIGNUMBER_POSIX);
        // before the link: its PAX header (two blocks), then the file's last data block
        byte[] cut = java.util.Arrays.copyOf(full, indexOfName(full, "usr/link") - 1024 - 300);

        assertThatThrownBy(() -> read(cut, false)).isInstanceOf(java.io.EOFException.class)
                .hasMessageContaining("it ends inside " + LONG_NAME + " (header at byte ");
    }

    @Test
    void octalFieldsMayBePaddedWithSpacesOrNuls() {
        byte[] field = {' ', ' ', '0', '7', '5', '5', ' ', 0};

        assertThat(TarHeaders.number(field, 0, 8)).isEqualTo(0755);
        assertThat(TarHeaders.number(new byte[] {'9', 0}, 0, 2)).isEqualTo(-1);
    }

    private static List<String> read(byte[] tar, boolean seekable) throws IOException {
        TarReader reader = new TarReader(new ByteArrayInputStream(tar), seekable, 1024);
        List<String> out = new ArrayList<>();
        while (reader.next()) {
            out.add(reader.name() + " " + EntryType.of(reader.type()) + " " + reader.size() + " "
                    + Integer.toOctalString(reader.mode()) + " " + reader.uid() + ":" + reader.gid() + " "
                    + reader.linkName());
        }
        return out;
    }

    private static byte[] tar(int longFileMode, int bigNumberMode) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(longFileMode);
            out.setBigNumberMode(bigNumberMode);
            TarArchiveEntry dir = new TarArchiveEntry("usr/");
            dir.setMode(040755);
            out.putArchiveEntry(dir);
            out.closeArchiveEntry();
            TarArchiveEntry file = new TarArchiveEntry(LONG_NAME);
            file.setMode(0100640);
            file.setSize(1234);
            file.setUserId(3_000_000);
            file.setGroupId(70_000);
            out.putArchiveEntry(file);
            byte[] content = new byte[1234];
            for (int i = 0; i < content.length; i++) {
                content[i] = (byte) i;
            }
            out.write(content);
            out.closeArchiveEntry();
            TarArchiveEntry link = new TarArchiveEntry("usr/link", TarConstants.LF_SYMLINK);
            link.setLinkName(LONG_NAME);
            link.setMode(0120777);
            out.putArchiveEntry(link);
            out.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static int indexOfName(byte[] tar, String name) {
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int h = 0; h + 512 <= tar.length; h += 512) {
            if (java.util.Arrays.equals(tar, h, h + n.length, n, 0, n.length) && tar[h + n.length] == 0) {
                return h;
            }
        }
        throw new AssertionError(name);
    }
}
