package dev.porthole.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The installers {@code packaging/package-linux.sh} built: {@code package_deb_mb} (and {@code package_rpm_mb},
 * {@code app_image_mb}), {@code packaged_version_ms} (the packaged launcher answering {@code --version}) and, with a
 * display and xdotool, {@code packaged_startup_ms} (the packaged app from launch to its window being mapped).
 * Reads {@code packaging/target} under the working folder, or {@code $PORTHOLE_PACKAGES}.
 */
public final class PackagingBenchGroup implements BenchGroup {

    private static final double MB = 1024 * 1024;
    private static final long WINDOW_TIMEOUT_MS = 180_000;
    private static final String HOW_TO_BUILD = "build them with packaging/package-linux.sh (from the repository "
            + "root, where this bench looks for packaging/target), or set PORTHOLE_PACKAGES to where they are";

    private final Path dir;
    private final String display;

    public PackagingBenchGroup() {
        this(Path.of(Optional.ofNullable(System.getenv("PORTHOLE_PACKAGES")).orElse("packaging/target")),
                System.getenv("DISPLAY"));
    }

    /** Measures the packages in {@code dir}; {@code display} null means time {@code --version} only. */
    PackagingBenchGroup(Path dir, String display) {
        this.dir = dir;
        this.display = display;
    }

    @Override
    public String name() {
        return "packaging";
    }

    @Override
    public void run(BenchContext ctx) {
        Path deb = newest("*.deb").orElseThrow(() -> new BenchException(
                "no .deb in " + dir.toAbsolutePath() + ": " + HOW_TO_BUILD + "."));
        ctx.record("package_deb_mb", round(size(deb) / MB), "MB");
        newest("*.rpm").ifPresent(rpm -> ctx.record("package_rpm_mb", round(size(rpm) / MB), "MB"));
        Path image = dir.resolve("Porthole");
        Path launcher = image.resolve("bin").resolve("Porthole");
        if (!Files.isExecutable(launcher)) {
            throw new BenchException("no app image at " + image.toAbsolutePath() + ": " + HOW_TO_BUILD + ".");
        }
        ctx.record("app_image_mb", round(treeSize(image) / MB), "MB");
        ctx.record("packaged_version_ms", versionMillis(launcher), "ms");
        if (display == null || display.isBlank() || !onPath("xdotool")) {
            System.err.println("porthole bench packaging: no packaged_startup_ms (start to first window): it needs "
                    + "DISPLAY and xdotool; packaged_version_ms is the launcher answering --version.");
            return;
        }
        ctx.record("packaged_startup_ms", windowMillis(launcher), "ms");
    }

    private long versionMillis(Path launcher) {
        long start = System.nanoTime();
        Process p = start(new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true));
        String out = readAll(p);
        int exit = waitFor(p, 60);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0 || out.isBlank()) {
            throw new BenchException(launcher + " --version exited " + exit + " saying: " + out.strip());
        }
        return ms;
    }

    /** From launch until a window named Porthole is mapped; the app gets its own settings folder. */
    private long windowMillis(Path launcher) {
        if (windowShown()) {
            throw new BenchException("a Porthole window is already open on " + display + ": close it first, "
                    + "or the bench would time that one");
        }
        Path config;
        try {
            config = Files.createTempDirectory("porthole-bench-config");
        } catch (IOException e) {
            throw new BenchException("cannot make a settings folder for the packaged app: " + e.getMessage());
        }
        ProcessBuilder pb = new ProcessBuilder(launcher.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CONFIG_HOME", config.toString());
        long start = System.nanoTime();
        Process app = start(pb);
        try {
            while (!windowShown()) {
                if (!app.isAlive()) {
                    throw new BenchException("the packaged app exited with " + app.exitValue()
                            + " before showing a window");
                }
                if ((System.nanoTime() - start) / 1_000_000 > WINDOW_TIMEOUT_MS) {
                    throw new BenchException("the packaged app showed no window within "
                            + WINDOW_TIMEOUT_MS / 1000 + " s");
                }
                Thread.sleep(20);
            }
            return (System.nanoTime() - start) / 1_000_000;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted");
        } finally {
            app.destroy();
            waitFor(app, 20);
            app.destroyForcibly();
            deleteTree(config);
        }
    }

    private boolean windowShown() {
        ProcessBuilder pb = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^Porthole$")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display);
        return waitFor(start(pb), 10) == 0;
    }

    private Optional<Path> newest(String glob) {
        try (Stream<Path> files = Files.list(dir)) {
            var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
            return files.filter(f -> matcher.matches(f.getFileName()))
                    .max(Comparator.comparing(PackagingBenchGroup::modified));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean onPath(String command) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    private static Process start(ProcessBuilder pb) {
        try {
            return pb.start();
        } catch (IOException e) {
            throw new BenchException("cannot run " + pb.command().getFirst() + ": " + e.getMessage());
        }
    }

    private static String readAll(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int waitFor(Process p, int seconds) {
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return -1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new BenchException("cannot read the size of " + file + ": " + e.getMessage());
        }
    }

    private static long treeSize(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).mapToLong(PackagingBenchGroup::size).sum();
        } catch (IOException e) {
            throw new BenchException("cannot read " + root + ": " + e.getMessage());
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    private static double round(double mb) {
        return Math.round(mb * 10) / 10.0;
    }
}
