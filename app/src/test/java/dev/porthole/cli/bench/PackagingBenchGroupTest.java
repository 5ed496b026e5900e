package dev.porthole.cli.bench;

import dev.porthole.engine.EngineFactory;
import dev.porthole.engine.EngineLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackagingBenchGroupTest {

    @TempDir
    Path dir;

    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final BenchContext ctx = new BenchContext() {
        @Override
        public void record(String name, double value, String unit) {
            figures.put(name + " " + unit, value);
        }

        @Override
        public EngineLocator locator() {
            throw new AssertionError("the packaging bench needs no engine");
        }

        @Override
        public EngineFactory engineFactory() {
            throw new AssertionError("the packaging bench needs no engine");
        }
    };

    @Test
    void withoutPackagesItSaysHowToBuildThem() {
        assertThatThrownBy(() -> new PackagingBenchGroup(dir, null).run(ctx))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("no .deb in " + dir.toAbsolutePath())
                .hasMessageContaining("packaging/package-linux.sh");
        assertThat(figures).isEmpty();
    }

    @Test
    void aDebWithoutItsAppImageIsMeasuredThenTheMissingImageNamed() throws Exception {
        Files.write(dir.resolve("porthole_0.1.0_amd64.deb"), new byte[3 * 1024 * 1024]);

        assertThatThrownBy(() -> new PackagingBenchGroup(dir, null).run(ctx))
                .hasMessageContaining("no app image at " + dir.resolve("Porthole").toAbsolutePath());
        assertThat(figures).containsExactly(Map.entry("package_deb_mb MB", 3.0));
    }

    @Test
    void withoutADisplayItRecordsSizesAndTheLaunchersVersionTimeButNoWindowTime() throws Exception {
        Files.write(dir.resolve("porthole_0.1.0_amd64.deb"), new byte[5 * 1024 * 1024 + 200 * 1024]);
        Files.write(dir.resolve("porthole-0.1.0-1.x86_64.rpm"), new byte[4 * 1024 * 1024]);
        Path bin = Files.createDirectories(dir.resolve("Porthole/bin"));
        Path launcher = Files.writeString(bin.resolve("Porthole"), "#!/bin/sh\necho \"porthole 0.1.0 ($1)\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.write(dir.resolve("Porthole/runtime.bin"), new byte[2 * 1024 * 1024]);

        new PackagingBenchGroup(dir, null).run(ctx);

        assertThat(figures).containsOnlyKeys("package_deb_mb MB", "package_rpm_mb MB", "app_image_mb MB",
                "packaged_version_ms ms");
        assertThat(figures).containsEntry("package_deb_mb MB", 5.2).containsEntry("package_rpm_mb MB", 4.0)
                .containsEntry("app_image_mb MB", 2.0);
        assertThat(figures.get("packaged_version_ms ms")).isPositive();
    }

    @Test
    void aLauncherThatFailsIsReportedWithWhatItSaid() throws Exception {
        Files.write(dir.resolve("porthole_0.1.0_amd64.deb"), new byte[1024]);
        Path bin = Files.createDirectories(dir.resolve("Porthole/bin"));
        Path launcher = Files.writeString(bin.resolve("Porthole"), "#!/bin/sh\necho 'no runtime here' >&2\nexit 3\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThatThrownBy(() -> new PackagingBenchGroup(dir, null).run(ctx))
                .hasMessageContaining("--version exited 3 saying: no runtime here");
    }
}
