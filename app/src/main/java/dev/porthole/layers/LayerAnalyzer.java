package dev.porthole.layers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Image archive → layer listings → stacked trees → efficiency → one immutable {@link Analysis}, the dive way
 * (source, archive parsing, file tree, diff, efficiency). Pure apart from reading the source; call it off the FX
 * thread. Interrupting the thread cancels it.
 */
public final class LayerAnalyzer {

    private LayerAnalyzer() {
    }

    /** Reads and analyses the image; see {@link #analyze(ImageSource, AnalysisProgress)}. */
    public static Analysis analyze(ImageSource source) {
        return analyze(source, AnalysisProgress.NONE);
    }

    /**
     * Reads the image from {@code source} in one pass and analyses it.
     *
     * @throws LayersException       when the source cannot be read, is not an image archive, or is damaged
     * @throws CancellationException when the thread is interrupted
     */
    public static Analysis analyze(ImageSource source, AnalysisProgress progress) {
        ArchiveContents contents;
        try (InputStream in = source.open()) {
            contents = ImageArchiveReader.read(in, source.name(), source.length(), progress);
        } catch (NoSuchFileException e) {
            throw new LayersException("Cannot read " + source.name() + ": there is no such file.", e);
        } catch (AccessDeniedException e) {
            throw new LayersException("Cannot read " + source.name() + ": permission denied.", e);
        } catch (IOException e) {
            throw new LayersException("Cannot read " + source.name() + ": " + e.getMessage(), e);
        }
        return analyze(contents, source.name());
    }

    /** Orders what was read by the manifest, then stacks and measures the layers. */
    static Analysis analyze(ArchiveContents contents, String sourceName) {
        ImageManifest manifest = ImageManifest.of(contents, sourceName);
        byte[] configJson = contents.json.get(contents.resolve(manifest.configPath()));
        if (configJson == null) {
            throw ImageManifest.missing(sourceName, "the image config " + manifest.configPath()
                    + " named by the manifest");
        }
        ImageConfig config = ImageConfig.parse(configJson, manifest.configPath(), sourceName);
        List<LayerListing> listings = new ArrayList<>();
        List<String> digests = new ArrayList<>();
        for (int i = 0; i < manifest.layerPaths().size(); i++) {
            String path = manifest.layerPaths().get(i);
            String resolved = contents.resolve(path);
            LayerListing listing = contents.layers.get(resolved);
            if (listing == null) {
                String why = contents.damaged.get(resolved);
                if (why != null) {
                    throw new LayersException(sourceName + " is damaged: layer " + path + " cannot be read: "
                            + why + ".");
                }
                throw ImageManifest.missing(sourceName, "layer " + path + " named by the manifest");
            }
            listings.add(listing);
            digests.add(i < config.diffIds().size() ? config.diffIds().get(i) : fallbackDigest(path));
        }
        // like dive, the image is named by what was asked for; the archive's own tag is kept alongside
        return measure(sourceName, manifest.name(), contents.paths.toTable(), new LayerStack(listings), digests,
                config.commands());
    }

    /** Stacks the layers bottom up, counting efficiency visits against the image below each one. */
    static Analysis measure(String image, String tag, PathTable paths, LayerStack stack, List<String> digests,
                            List<String> commands) {
        LayerReplay replay = new LayerReplay(stack, paths);
        EfficiencyTally tally = new EfficiencyTally(paths.size());
        List<LayerInfo> layers = new ArrayList<>();
        long sizeBytes = 0;
        for (int layer = 0; layer < stack.layerCount(); layer++) {
            replay.scan(layer);
            IntList nodes = replay.nodes();
            for (int i = 0; i < nodes.size(); i++) {
                int p = nodes.get(i);
                if (replay.isLeaf(p)) {
                    int ref = replay.layerEntry(p);
                    tally.visit(p, layer, ref >= 0 ? stack.size(ref) : 0, false);
                }
            }
            IntList whiteouts = replay.whiteouts();
            for (int i = 0; i < whiteouts.size(); i++) {
                int p = whiteouts.get(i);
                // dive: the bytes under a removed folder count, a removed file counts 0
                long removedBytes = replay.isFolderByHeader(p) ? replay.presentSize(p) : 0;
                tally.visit(p, layer, removedBytes, true);
            }
            replay.apply();
            long layerSize = stack.layer(layer).sizeBytes;
            sizeBytes += layerSize;
            layers.add(new LayerInfo(layer, digests.get(layer), layer < commands.size() ? commands.get(layer) : "",
                    layerSize, replay.added(), replay.modified(), replay.removedCount()));
        }
        long userSize = layers.isEmpty() ? 0 : sizeBytes - layers.getFirst().sizeBytes();
        List<String> layerCommands = layers.stream().map(LayerInfo::command).toList();
        List<InefficientFile> inefficient = tally.inefficientFiles(paths, layerCommands);
        long wasted = inefficient.stream().mapToLong(InefficientFile::wastedBytes).sum();
        // dive divides by zero here for a one-layer image; 0 is what a user (and JSON) can take
        double userWasted = userSize > 0 ? (double) wasted / userSize : 0.0;
        BitSet wastedPaths = tally.inefficientPaths();
        return new Analysis(image, tag, layers, sizeBytes, userSize, tally.score(), wasted, userWasted, inefficient,
                paths, stack, wastedPaths);
    }

    private static String fallbackDigest(String layerPath) {
        if (layerPath.startsWith("blobs/")) {
            String[] parts = layerPath.split("/");
            return parts.length == 3 ? parts[1] + ":" + parts[2] : layerPath;
        }
        int slash = layerPath.indexOf('/');
        return slash > 0 ? layerPath.substring(0, slash) : layerPath;
    }
}
