package dev.porthole.ui.layers;

import dev.porthole.icons.AppIcon;
import dev.porthole.layers.ChangeKind;
import dev.porthole.layers.EntryType;
import dev.porthole.layers.InefficientFile;
import dev.porthole.layers.LayerOccurrence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayersFormatTest {

    @Test
    void eachChangeKindHasItsOwnIconAndStyleClassSoColourIsNeverAlone() {
        assertThat(List.of(ChangeKind.ADDED, ChangeKind.MODIFIED, ChangeKind.REMOVED))
                .extracting(k -> LayersFormat.icon(k, EntryType.FILE))
                .containsExactly(AppIcon.CHANGE_ADDED, AppIcon.CHANGE_MODIFIED, AppIcon.CHANGE_REMOVED);
        assertThat(LayersFormat.icon(ChangeKind.UNCHANGED, EntryType.DIRECTORY)).isEqualTo(AppIcon.FOLDER);
        assertThat(LayersFormat.icon(ChangeKind.UNCHANGED, EntryType.SYMLINK)).isEqualTo(AppIcon.LINK);
        assertThat(List.of(ChangeKind.values())).extracting(LayersFormat::styleClass)
                .containsExactly("change-added", "change-modified", "change-removed", "change-unchanged");
    }

    @Test
    void numbersReadTheWayDiveAndDockerPrintThem() {
        assertThat(LayersFormat.score(0.75)).isEqualTo("75.00 %");
        assertThat(LayersFormat.percent(7000.0 / 15000)).isEqualTo("46.7 %");
        assertThat(LayersFormat.bytes(7000)).isEqualTo("7.0 kB");
        assertThat(LayersFormat.delta(2000)).isEqualTo("+2.0 kB");
        assertThat(LayersFormat.delta(-300)).isEqualTo("\u2212300 B");
        assertThat(LayersFormat.delta(0)).isEqualTo("0 B");
    }

    @Test
    void anImplicitFolderHasNoOwner() {
        assertThat(LayersFormat.owner(-1, -1)).isEmpty();
        assertThat(LayersFormat.owner(0, 101)).isEqualTo("0:101");
    }

    @Test
    void longCommandsAreFlattenedAndCut() {
        assertThat(LayersFormat.oneLine("apt-get update &&\n    apt-get install -y curl", 100))
                .isEqualTo("apt-get update && apt-get install -y curl");
        assertThat(LayersFormat.oneLine("abcdefghij", 5)).isEqualTo("abcd\u2026");
    }

    @Test
    void barsScaleToTheLargestLayerAndANonEmptyLayerAlwaysShows() {
        assertThat(LayersFormat.barRatio(500, 1000)).isEqualTo(0.5);
        assertThat(LayersFormat.barRatio(1, 1_000_000)).isEqualTo(0.02);
        assertThat(LayersFormat.barRatio(0, 1000)).isZero();
    }

    @Test
    void theWhyTextSaysWhoWroteAndWhoRemovedAFile() {
        InefficientFile rewritten = new InefficientFile("/etc/app.conf", 2, 7000, List.of(
                new LayerOccurrence(0, 2000, "write", false), new LayerOccurrence(1, 5000, "tune", false)));
        assertThat(EfficiencyPanel.whyText(rewritten)).isEqualTo("/etc/app.conf: written by layers 0 and 1. Each "
                + "copy ships in its own layer, though only the top one can be seen.");
        InefficientFile removed = new InefficientFile("/tmp/build.log", 2, 300, List.of(
                new LayerOccurrence(3, 300, "make", false), new LayerOccurrence(4, 0, "rm", true)));
        assertThat(EfficiencyPanel.whyText(removed)).startsWith("/tmp/build.log: written by layer 3, removed by "
                + "layer 4.").endsWith("removing it frees nothing below.");
    }
}
