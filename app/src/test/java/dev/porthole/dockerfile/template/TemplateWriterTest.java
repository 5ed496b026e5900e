package dev.porthole.dockerfile.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateWriterTest {

    private static final int PT_LOAD = 1;
    private static final int PT_INTERP = 3;

    @TempDir
    Path dir;

    private final TemplateCatalog catalog = TemplateCatalog.load();

    /** A minimal 64-bit little-endian ELF header with program headers of the given types. */
    private static byte[] elf(int... programHeaderTypes) {
        ByteBuffer b = ByteBuffer.allocate(64 + 56 * programHeaderTypes.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, (byte) 0x7f).put(1, (byte) 'E').put(2, (byte) 'L').put(3, (byte) 'F').put(4, (byte) 2)
                .put(5, (byte) 1).put(6, (byte) 1);
        b.putShort(16, (short) 2);
        b.putLong(0x20, 64);
        b.putShort(0x36, (short) 56);
        b.putShort(0x38, (short) programHeaderTypes.length);
        for (int k = 0; k < programHeaderTypes.length; k++) {
            b.putInt(64 + k * 56, programHeaderTypes[k]);
        }
        return b.array();
    }

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve("bin").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    @Test
    void writesEveryFileOfATemplateIntoTheChosenFolderCreatingSubfolders() throws Exception {
        Template java = catalog.template("java-maven").orElseThrow();
        Path target = dir.resolve("new-app");

        TemplateWriter.Result result = new TemplateWriter(catalog).write(java, target, false);

        assertThat(result.written()).hasSize(java.files().size());
        assertThat(target.resolve("src/main/java/example/App.java")).exists();
        assertThat(Files.readString(target.resolve("Dockerfile"))).isEqualTo(catalog.dockerfile(java));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void refusesToOverwriteExistingFilesAndWritesNothingThen() throws Exception {
        Template flask = catalog.template("flask-modern").orElseThrow();
        Files.writeString(dir.resolve("Dockerfile"), "FROM mine:1\n");

        assertThatThrownBy(() -> new TemplateWriter(catalog).write(flask, dir, false))
                .isInstanceOf(TemplateWriteException.class)
                .hasMessage("Nothing was written: " + dir + " already has Dockerfile. Pick an empty folder, or "
                        + "choose to replace that file.");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo("FROM mine:1\n");
        assertThat(dir.resolve("inv.py")).doesNotExist();
    }

    @Test
    void overwritesExistingFilesWhenToldTo() throws Exception {
        Template flask = catalog.template("flask-modern").orElseThrow();
        Files.writeString(dir.resolve("Dockerfile"), "FROM mine:1\n");

        new TemplateWriter(catalog).write(flask, dir, true);

        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(catalog.dockerfile(flask));
    }

    @Test
    void theBusyboxTemplateCopiesAStaticBusyboxNextToTheDockerfileExecutable() throws Exception {
        Path busybox = file("busybox", elf(PT_LOAD, PT_LOAD));
        Template t = catalog.template("busybox-scratch").orElseThrow();
        Path target = dir.resolve("context");

        TemplateWriter.Result result = new TemplateWriter(catalog, busybox).write(t, target, false);

        assertThat(target.resolve("busybox")).hasBinaryContent(Files.readAllBytes(busybox));
        assertThat(Files.isExecutable(target.resolve("busybox"))).isTrue();
        assertThat(result.written()).contains(target.resolve("Dockerfile"), target.resolve("busybox"));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void theBusyboxTemplateSaysClearlyWhenBusyboxIsDynamicallyLinked() throws Exception {
        Path dynamic = file("busybox", elf(PT_INTERP, PT_LOAD));

        TemplateWriter.Result result = new TemplateWriter(catalog, dynamic)
                .write(catalog.template("busybox-scratch").orElseThrow(), dir.resolve("ctx"), false);

        assertThat(dir.resolve("ctx/busybox")).doesNotExist();
        assertThat(dir.resolve("ctx/Dockerfile")).exists();
        assertThat(result.notes()).singleElement().asString()
                .contains("needs a statically linked busybox binary named 'busybox'")
                .contains("is dynamically linked").contains("apt-get install busybox-static");
    }

    @Test
    void theBusyboxTemplateSaysClearlyWhenBusyboxIsMissing() throws Exception {
        TemplateWriter.Result result = new TemplateWriter(catalog, dir.resolve("no/busybox"))
                .write(catalog.template("busybox-scratch").orElseThrow(), dir.resolve("ctx"), false);

        assertThat(result.notes()).singleElement().asString().contains("does not exist");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");

        assertThatThrownBy(() -> new TemplateWriter(catalog)
                .write(catalog.template("node").orElseThrow(), notAFolder, false))
                .isInstanceOf(TemplateWriteException.class).hasMessageContaining("is a file, not a folder");
    }

    @Test
    void onlyElfExecutablesWithoutAnInterpreterCountAsStatic() throws Exception {
        assertThat(ElfFile.isStatic(file("static", elf(PT_LOAD)))).isTrue();
        assertThat(ElfFile.isStatic(file("dynamic", elf(PT_LOAD, PT_INTERP)))).isFalse();
        assertThat(ElfFile.isStatic(file("script", "#!/bin/sh\necho hi\n".getBytes()))).isFalse();
        assertThat(ElfFile.isStatic(dir.resolve("missing"))).isFalse();
    }
}
