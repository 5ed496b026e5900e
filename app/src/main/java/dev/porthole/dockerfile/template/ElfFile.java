package dev.porthole.dockerfile.template;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads just enough of an ELF executable to tell whether it is statically linked: a binary that names a
 * program interpreter (the dynamic loader) cannot run in a FROM scratch image, which has no loader or libc.
 */
public final class ElfFile {

    private static final int PT_INTERP = 3;

    private ElfFile() {
    }

    /** Whether {@code file} is an ELF executable without a program interpreter; false for anything else. */
    public static boolean isStatic(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(64);
            ch.read(head, 0);
            head.flip();
            if (head.limit() < 52 || head.get(0) != 0x7f || head.get(1) != 'E' || head.get(2) != 'L'
                    || head.get(3) != 'F') {
                return false;
            }
            boolean is64 = head.get(4) == 2;
            head.order(head.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            long phoff = is64 ? head.getLong(0x20) : Integer.toUnsignedLong(head.getInt(0x1C));
            int phentsize = Short.toUnsignedInt(head.getShort(is64 ? 0x36 : 0x2A));
            int phnum = Short.toUnsignedInt(head.getShort(is64 ? 0x38 : 0x2C));
            if (phnum == 0 || phentsize < 4) {
                return false;
            }
            ByteBuffer headers = ByteBuffer.allocate(phentsize * phnum).order(head.order());
            ch.read(headers, phoff);
            for (int k = 0; k < phnum; k++) {
                if (headers.getInt(k * phentsize) == PT_INTERP) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
