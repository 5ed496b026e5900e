package dev.porthole.cli.bench;

import dev.porthole.layers.Analysis;
import dev.porthole.layers.ArchiveFileSource;
import dev.porthole.layers.ImageArchiveWriter;
import dev.porthole.layers.ImageArchiveWriter.Layer;
import dev.porthole.layers.ImageArchiveWriter.Layout;
import dev.porthole.layers.ImageSource;
import dev.porthole.layers.LayerAnalyzer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Layer analysis speed and memory on generated archives: {@code layers_analysis_ms} and
 * {@code layers_analysis_ratio} (against {@code tar -tvf}) for 20 layers and 50,000 files, and
 * {@code layers_peak_heap_mb} for that archive and {@code layers_peak_heap_1gb_mb} for a 1 GB one.
 */
public final class LayersBenchGroup implements BenchGroup {

    static final int LAYERS = 20;
    static final int FILES = 50_000;
    private static final int BASE_FILES = 12_000;
    private static final int FILES_PER_FOLDER = 50;
    private static final int ROUNDS = 5;
    /** 20 layers of 200 files of 256 KiB: 1,048,576,000 bytes of content. */
    private static final int BIG_FILES_PER_LAYER = 200;
    private static final int BIG_FILE_BYTES = 256 * 1024;

    /** Keeps results reachable so the work is not optimised away. */
    private volatile Object sink;

    @Override
    public String name() {
        return "layers";
    }

    @Override
    public void run(BenchContext ctx) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("porthole-bench-layers");
            ImageArchiveWriter.Written small = ImageArchiveWriter.of(Layout.DOCKER_SAVE).keepLayerTars(true)
                    .write(dir.resolve("50k-files.tar"), generatedLayers());
            ImageSource source = new ArchiveFileSource(small.archive());

            // warm up both sides (JIT, page cache), then interleave the measured rounds
            sink = LayerAnalyzer.analyze(source);
            listWithTar(small.layerTars());
            double[] analysis = new double[ROUNDS];
            double[] tar = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                sink = LayerAnalyzer.analyze(source);
                analysis[round] = millisSince(start);
                tar[round] = listWithTar(small.layerTars());
            }
            double analysisMs = median(analysis);
            ctx.record("layers_analysis_ms", analysisMs, "ms");
            ctx.record("layers_analysis_ratio", analysisMs / median(tar), "ratio");
            sink = null;
            ctx.record("layers_peak_heap_mb", HeapPeakMeter.measure(() -> LayerAnalyzer.analyze(source)).peakMb(),
                    "MB");
            deleteAll(dir);
            Files.createDirectories(dir);

            Path big = ImageArchiveWriter.of(Layout.DOCKER_SAVE).write(dir.resolve("1gb.tar"), bigLayers()).archive();
            // read as a stream that cannot seek, as the engine's export arrives: every byte passes through
            long start = System.nanoTime();
            HeapPeakMeter.Peak<Analysis> peak = HeapPeakMeter.measure(() -> LayerAnalyzer.analyze(unseekable(big)));
            double bigMs = millisSince(start);
            ctx.record("layers_peak_heap_1gb_mb", peak.peakMb(), "MB");
            ctx.record("layers_analysis_1gb_ms", bigMs, "ms");
        } catch (IOException e) {
            throw new BenchException("could not generate the bench archives: " + e.getMessage());
        } finally {
            if (dir != null) {
                deleteAll(dir);
            }
        }
    }

    /**
     * {@code tar -tvf} on each layer tar, one after the other, in ms. Fair comparison: the analysis reads the same
     * layer tars (inside the archive) plus manifest and config, and builds trees and efficiency on top; tar only
     * lists. Each tar pays its own process start, as it would listing an image's layers by hand.
     */
    static double listWithTar(List<Path> layerTars) {
        long start = System.nanoTime();
        for (Path layer : layerTars) {
            try {
                Process p = new ProcessBuilder("tar", "-tvf", layer.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor() != 0) {
                    throw new BenchException("tar -tvf " + layer + " failed with exit code " + p.exitValue());
                }
            } catch (IOException e) {
                throw new BenchException("cannot run tar to compare with (is it installed?): " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchException("interrupted");
            }
        }
        return millisSince(start);
    }

    /**
     * 20 layers, 50,000 new files in all (12,000 in the base, 2,000 in each other), folders listed by their own
     * headers as docker writes them; each layer after the base also rewrites 100 files of the one below, removes 50
     * files by whiteouts, every 5th removes a folder of 50, every 7th resets a folder with an opaque marker.
     * Sizes 0-8 KiB, fixed seed.
     */
    static List<Layer> generatedLayers() {
        Random random = new Random(42);
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < LAYERS; l++) {
            Layer layer = new Layer(l == 0 ? "/bin/sh -c #(nop) ADD file:base in / " : "/bin/sh -c make step-" + l);
            layer.dir("/usr").dir("/usr/lib").dir(app(l));
            int files = l == 0 ? BASE_FILES : (FILES - BASE_FILES) / (LAYERS - 1);
            for (int i = 0; i < files; i++) {
                if (i % FILES_PER_FOLDER == 0) {
                    layer.dir(folder(l, i / FILES_PER_FOLDER));
                }
                layer.file(folder(l, i / FILES_PER_FOLDER) + "/f" + i + ".bin", random.nextInt(8192));
            }
            if (l > 0) {
                // rewrite all of folders 1 and 5 of the layer below (files f50-f99 and f250-f299)
                for (int i = 0; i < 100; i++) {
                    int folderIndex = i < FILES_PER_FOLDER ? 1 : 5;
                    int file = folderIndex * FILES_PER_FOLDER + i % FILES_PER_FOLDER;
                    layer.file(folder(l - 1, folderIndex) + "/f" + file + ".bin", random.nextInt(8192));
                }
                for (int i = 0; i < FILES_PER_FOLDER; i++) {
                    layer.whiteout(folder(l - 1, 2) + "/f" + (2 * FILES_PER_FOLDER + i) + ".bin");
                }
            }
            if (l >= 2 && l % 5 == 0) {
                layer.whiteout(folder(l - 2, 3));
            }
            if (l >= 3 && l % 7 == 0) {
                layer.dir(folder(l - 3, 4)).opaque(folder(l - 3, 4));
                for (int i = 0; i < 10; i++) {
                    layer.file(folder(l - 3, 4) + "/fresh" + i, random.nextInt(8192));
                }
            }
            layers.add(layer);
        }
        return layers;
    }

    /** 20 layers of 200 files of 256 KiB each: a 1 GB archive. */
    static List<Layer> bigLayers() {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < LAYERS; l++) {
            Layer layer = new Layer("/bin/sh -c fetch blobs-" + l).dir("/data").dir("/data/" + l);
            for (int i = 0; i < BIG_FILES_PER_LAYER; i++) {
                layer.file("/data/" + l + "/blob-" + i, BIG_FILE_BYTES);
            }
            layers.add(layer);
        }
        return layers;
    }

    private static String app(int layer) {
        return "/usr/lib/app-" + layer;
    }

    private static String folder(int layer, int index) {
        return app(layer) + "/d" + index;
    }

    private static ImageSource unseekable(Path file) {
        return new ImageSource() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public InputStream open() throws IOException {
                return new FilterInputStream(Files.newInputStream(file)) {
                    @Override
                    public long skip(long n) {
                        return 0; // like a socket: the reader must read through
                    }
                };
            }

            @Override
            public long length() {
                return -1;
            }
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind is not worth failing the figures for
        }
    }
}
