package dev.porthole.ui.volumes;

import dev.porthole.model.VolumeSummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VolumeFormatTest {

    private final VolumeSummary data = new VolumeSummary("pgdata", "local", "/var/lib/docker/volumes/pgdata/_data",
            null, Map.of("app", "shop", "tier", ""), 2048, List.of("db"));

    @Test
    void filterWordsMustAllMatchNameLabelsOrContainers() {
        assertThat(VolumeFormat.matches(data, "pg shop")).isTrue();
        assertThat(VolumeFormat.matches(data, "DB")).isTrue();
        assertThat(VolumeFormat.matches(data, "pg web")).isFalse();
    }

    @Test
    void labelsAreSortedAndBareNamesHaveNoEquals() {
        assertThat(VolumeFormat.labels(data.labels())).isEqualTo("app=shop, tier");
    }

    @Test
    void typedLabelsParseByCommaOrLine() {
        assertThat(VolumeFormat.parseLabels("a=1, b = two\nflag")).containsExactly(
                Map.entry("a", "1"), Map.entry("b", "two"), Map.entry("flag", ""));
        assertThatThrownBy(() -> VolumeFormat.parseLabels("=x")).hasMessageContaining("needs a name");
    }

    @Test
    void unknownSizesShowADashAndCountAsNothingFreed() {
        VolumeSummary unknown = new VolumeSummary("nfs", "nfs", "", null, Map.of(), -1, List.of());
        assertThat(VolumeFormat.size(-1)).isEqualTo("—");
        assertThat(VolumeFormat.reclaimable(List.of(data, unknown))).isEqualTo(2048);
        assertThat(VolumeFormat.pruneItem(unknown)).isEqualTo("nfs — —");
    }

    @Test
    void inUseMessageNamesTheContainers() {
        assertThat(VolumeRemoval.usedBy(data)).startsWith("Mounted by container db.")
                .contains("remove that container first");
    }
}
