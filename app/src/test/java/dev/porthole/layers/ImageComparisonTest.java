package dev.porthole.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.porthole.layers.TestArchives.analyze;
import static dev.porthole.layers.TestArchives.run;
import static org.assertj.core.api.Assertions.assertThat;

class ImageComparisonTest {

    @TempDir
    Path dir;

    @Test
    void sharedLayersAreFoundByDigestAndSizeDifferencesPerLayer() {
        Analysis before = analyze(dir, run("base").file("/bin/sh", 1000), run("deps").file("/lib/a.so", 300));
        Analysis after = analyze(dir, run("base").file("/bin/sh", 1000), run("deps").file("/lib/a.so", 250),
                run("app").file("/app/main", 40));

        ImageComparison c = ImageComparison.of(before, after);

        assertThat(c.sharedLayers()).isEqualTo(1);
        assertThat(c.sharedBytes()).isEqualTo(1000);
        assertThat(c.sizeDeltaBytes()).isEqualTo(-50 + 40);
        assertThat(c.layers()).extracting(ImageComparison.LayerPair::shared).containsExactly(true, false, false);
        assertThat(c.layers()).extracting(ImageComparison.LayerPair::sizeDeltaBytes).containsExactly(0L, -50L, 40L);
        assertThat(c.layers().get(2).before()).isNull();
        assertThat(c.layers().get(2).after().command()).isEqualTo("app");
    }

    @Test
    void anImageComparedWithItselfSharesEveryLayer() {
        Analysis a = analyze(dir, run("one").file("/a", 1), run("two").file("/b", 2));

        ImageComparison c = ImageComparison.of(a, a);

        assertThat(c.sharedLayers()).isEqualTo(2);
        assertThat(c.sizeDeltaBytes()).isZero();
        assertThat(c.layers()).allMatch(ImageComparison.LayerPair::shared);
    }
}
