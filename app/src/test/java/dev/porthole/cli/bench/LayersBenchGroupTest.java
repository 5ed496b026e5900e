package dev.porthole.cli.bench;

import dev.porthole.cli.PortholeCli;
import dev.porthole.layers.Analysis;
import dev.porthole.layers.ArchiveFileSource;
import dev.porthole.layers.ImageArchiveWriter;
import dev.porthole.layers.LayerAnalyzer;
import dev.porthole.layers.LayerInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LayersBenchGroupTest {

    @Test
    void layersBenchGroupIsRegisteredForServiceLoader() {
        assertThat(PortholeCli.installedBenchGroups()).extracting(BenchGroup::name).contains("layers");
    }

    @Test
    void theBenchImageHasTwentyLayersAndFiftyThousandFilesSomeOverwrittenSomeRemoved(@TempDir Path dir)
            throws IOException {
        Path archive = ImageArchiveWriter.of(ImageArchiveWriter.Layout.DOCKER_SAVE)
                .write(dir.resolve("bench.tar"), LayersBenchGroup.generatedLayers()).archive();

        Analysis a = LayerAnalyzer.analyze(new ArchiveFileSource(archive));

        assertThat(a.layers()).hasSize(LayersBenchGroup.LAYERS);
        assertThat(a.layers().stream().mapToInt(LayerInfo::added).sum()).isEqualTo(LayersBenchGroup.FILES + 20);
        assertThat(a.layers().stream().mapToInt(LayerInfo::modified).sum()).isEqualTo(19 * 100);
        assertThat(a.layers().get(5).removed()).isEqualTo(50 + 50);
        assertThat(a.layers().get(7).removed()).isEqualTo(50 + 50);
        assertThat(a.inefficientFiles()).isNotEmpty();
    }

    @Test
    void heapPeakSeesMemoryTheWorkHolds() {
        HeapPeakMeter.Peak<byte[]> peak = HeapPeakMeter.measure(() -> new byte[64 * 1024 * 1024]);

        assertThat(peak.peakMb() - peak.baselineMb()).isGreaterThanOrEqualTo(63);
        assertThat(peak.result()).hasSize(64 * 1024 * 1024);
    }
}
