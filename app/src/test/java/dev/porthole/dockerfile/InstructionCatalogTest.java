package dev.porthole.dockerfile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstructionCatalogTest {

    private final InstructionCatalog catalog = InstructionCatalog.standard();

    @Test
    void everyInstructionHasAHoverSummaryAndAUsage() {
        assertThat(catalog.keywords()).hasSize(18).allSatisfy(k -> {
            assertThat(catalog.summary(k)).as(k).isNotBlank().endsWith(".");
            assertThat(catalog.usage(k)).as(k).startsWith(k);
        });
    }

    @Test
    void onlyRunCopyAndAddAddALayer() {
        assertThat(catalog.keywords().stream().filter(catalog::addsLayer)).containsExactly("ADD", "COPY", "RUN");
    }

    @Test
    void flagsForCompletionAreListedPerInstruction() {
        assertThat(catalog.flags("COPY")).contains("--from", "--chown", "--chmod", "--link");
        assertThat(catalog.flags("run")).containsExactly("--mount", "--network", "--security");
        assertThat(catalog.flags("ENV")).isEmpty();
        assertThat(catalog.flags("FORM")).isEmpty();
    }
}
