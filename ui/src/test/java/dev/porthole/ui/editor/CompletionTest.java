package dev.porthole.ui.editor;

import dev.porthole.dockerfile.InstructionCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionTest {

    private final InstructionCatalog catalog = InstructionCatalog.standard();

    @Test
    void theFirstWordCompletesToInstructionKeywordsInItsCase() {
        Completion.Proposal upper = Completion.propose("CO", 2, 12, catalog);
        assertThat(upper.items()).containsExactly("COPY");
        assertThat(upper.start()).isEqualTo(10);
        assertThat(Completion.propose("e", 1, 1, catalog).items()).contains("entrypoint", "env", "expose");
        assertThat(Completion.propose("", 0, 0, catalog).items()).hasSize(catalog.keywords().size());
    }

    @Test
    void afterAKeywordADashCompletesThatInstructionsFlags() {
        Completion.Proposal p = Completion.propose("COPY --f", 8, 8, catalog);
        assertThat(p.items()).containsExactly("--from=");
        assertThat(p.start()).isEqualTo(5);
        assertThat(Completion.propose("RUN --", 6, 6, catalog).items()).contains("--mount=", "--network=");
        assertThat(Completion.propose("CMD --", 6, 6, catalog).items()).isEmpty();
    }
}
