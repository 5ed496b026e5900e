package dev.porthole.ui.editor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryStoreTest {

    @Test
    void aSavedCopyComesBackWithItsPathAndTextUntilDeleted(@TempDir Path dir) throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        assertThat(store.load()).isEmpty();
        Path file = dir.resolve("app/Dockerfile");
        store.save("a", file, "FROM scratch\n# line two\n");
        store.save("b", null, "RUN x");
        store.save("a", file, "FROM scratch\nCOPY . /\n");

        assertThat(store.load()).containsExactlyInAnyOrder(
                new RecoveryStore.Recovered("a", file.toAbsolutePath(), "FROM scratch\nCOPY . /\n"),
                new RecoveryStore.Recovered("b", null, "RUN x"));
        store.delete("a");
        assertThat(store.load()).extracting(RecoveryStore.Recovered::id).containsExactly("b");
    }
}
