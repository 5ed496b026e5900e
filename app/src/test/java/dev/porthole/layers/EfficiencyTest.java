package dev.porthole.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.porthole.layers.TestArchives.analyze;
import static dev.porthole.layers.TestArchives.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** dive's efficiency numbers, exactly as the issue defines them. */
class EfficiencyTest {

    @TempDir
    Path dir;

    @Test
    void divesOwnExampleScoresThreeQuartersWithSevenThousandBytesWastedInOneFile() {
        Analysis a = analyze(dir,
                run("write nginx").file("/etc/nginx/nginx.conf", 2000).file("/etc/nginx/public", 3000),
                run("tune nginx").file("/etc/nginx/nginx.conf", 5000).file("/etc/athing", 10000),
                run("rm -rf /etc/nginx").whiteout("/etc/nginx"));

        assertThat(a.efficiency()).isEqualTo(0.75);
        assertThat(a.wastedBytes()).isEqualTo(7000);
        assertThat(a.inefficientFiles()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/etc/nginx/nginx.conf");
            assertThat(f.count()).isEqualTo(2);
            assertThat(f.wastedBytes()).isEqualTo(7000);
            assertThat(f.occurrences()).containsExactly(
                    new LayerOccurrence(0, 2000, "write nginx", false),
                    new LayerOccurrence(1, 5000, "tune nginx", false));
        });
    }

    @Test
    void divesExampleSizesAndPerLayerCountsFollowTheTarHeaders() {
        Analysis a = analyze(dir,
                run("write nginx").file("/etc/nginx/nginx.conf", 2000).file("/etc/nginx/public", 3000),
                run("tune nginx").file("/etc/nginx/nginx.conf", 5000).file("/etc/athing", 10000),
                run("rm -rf /etc/nginx").whiteout("/etc/nginx"));

        assertThat(a.layers()).extracting(LayerInfo::sizeBytes).containsExactly(5000L, 15000L, 0L);
        assertThat(a.sizeBytes()).isEqualTo(20000);
        assertThat(a.userSizeBytes()).isEqualTo(15000);
        assertThat(a.userWastedPercent()).isCloseTo(7000.0 / 15000, within(1e-12));
        assertThat(a.layers()).extracting(LayerInfo::added, LayerInfo::modified, LayerInfo::removed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, 0, 0),
                        org.assertj.core.groups.Tuple.tuple(1, 1, 0),
                        // both files under the removed folder count
                        org.assertj.core.groups.Tuple.tuple(0, 0, 2));
    }

    @Test
    void anImageWithoutDuplicatesScoresOneAndWastesNothing() {
        Analysis a = analyze(dir, run("base").file("/a", 10), run("more").file("/b", 20));

        assertThat(a.efficiency()).isEqualTo(1.0);
        assertThat(a.wastedBytes()).isZero();
        assertThat(a.userWastedPercent()).isZero();
        assertThat(a.inefficientFiles()).isEmpty();
    }

    @Test
    void anImageOfEmptyLayersScoresOne() {
        Analysis a = analyze(dir, run("nothing"), run("still nothing"));

        assertThat(a.efficiency()).isEqualTo(1.0);
        assertThat(a.sizeBytes()).isZero();
        assertThat(a.userWastedPercent()).isZero();
    }

    @Test
    void removingAFileCountsZeroForTheWhiteoutSoAllItsBytesAreWasted() {
        Analysis a = analyze(dir, run("add").file("/big", 100), run("rm /big").whiteout("/big"));

        assertThat(a.efficiency()).isZero();
        assertThat(a.wastedBytes()).isEqualTo(100);
        assertThat(a.inefficientFiles().getFirst().occurrences()).containsExactly(
                new LayerOccurrence(0, 100, "add", false), new LayerOccurrence(1, 0, "rm /big", true));
    }

    @Test
    void whiteoutOfAFolderWithItsOwnHeaderCountsEverythingBelowIt() {
        Analysis a = analyze(dir,
                run("add app").dir("/app").file("/app/a", 100).file("/app/sub/b", 200),
                run("rm -rf /app").whiteout("/app"),
                run("mkdir /app").dir("/app"));

        InefficientFile app = a.inefficientFiles().stream().filter(f -> f.path().equals("/app")).findFirst()
                .orElseThrow();
        assertThat(app.occurrences()).containsExactly(
                new LayerOccurrence(1, 300, "rm -rf /app", true), new LayerOccurrence(2, 0, "mkdir /app", false));
        assertThat(app.wastedBytes()).isEqualTo(300);
    }

    @Test
    void whiteoutOfAFolderOnlyImpliedByItsFilesCountsZero() {
        Analysis a = analyze(dir,
                run("add app").file("/app/a", 100).file("/app/sub/b", 200),
                run("rm -rf /app").whiteout("/app"),
                run("mkdir /app").dir("/app"));

        InefficientFile app = a.inefficientFiles().stream().filter(f -> f.path().equals("/app")).findFirst()
                .orElseThrow();
        assertThat(app.wastedBytes()).isZero();
        assertThat(app.count()).isEqualTo(2);
    }

    @Test
    void whiteoutCountsZeroWhenTheLastLayerHoldingTheFolderOnlyImpliedIt() {
        // dive's stacked tree keeps the header of the last layer holding a node, and an implied folder has none
        Analysis a = analyze(dir,
                run("add app").dir("/app").file("/app/a", 100),
                run("add more").file("/app/b", 50),
                run("rm -rf /app").whiteout("/app"),
                run("mkdir /app").dir("/app"));

        InefficientFile app = a.inefficientFiles().stream().filter(f -> f.path().equals("/app")).findFirst()
                .orElseThrow();
        assertThat(app.occurrences().getFirst()).isEqualTo(new LayerOccurrence(2, 0, "rm -rf /app", true));
    }

    @Test
    void opaqueMarkersAreNotVisitedButTheirFolderIs() {
        Analysis a = analyze(dir,
                run("fill cache").dir("/cache").file("/cache/x", 40),
                run("reset cache").opaque("/cache"));

        // layer 1's tree is the folder /cache (implied, a leaf) and nothing else: one visit of 0 bytes
        InefficientFile cache = a.inefficientFiles().stream().filter(f -> f.path().equals("/cache")).findFirst()
                .orElse(null);
        assertThat(cache).isNull();
        assertThat(a.inefficientFiles()).isEmpty();
        assertThat(a.efficiency()).isEqualTo(1.0);
    }

    @Test
    void inefficientFilesAreSortedByWastedBytesThenPath() {
        Analysis a = analyze(dir,
                run("one").file("/b", 10).file("/a", 10).file("/c", 1),
                run("two").file("/b", 10).file("/a", 10).file("/c", 500));

        assertThat(a.inefficientFiles()).extracting(InefficientFile::path).containsExactly("/c", "/a", "/b");
        assertThat(a.wastedBytes()).isEqualTo(501 + 20 + 20);
    }
}
