package dev.porthole.layers;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * dive's efficiency ({@code filetree/efficiency.go}), kept in primitive arrays per path id. Each layer's leaf
 * entries are "visits" of their path with a size; per path the sum and the smallest size are kept.
 * Score = sum of smallest / sum of sums (1 when nothing was counted). Paths visited twice or more are inefficient;
 * their sums (surviving copy included) are the wasted bytes.
 */
final class EfficiencyTally {

    private final long[] sum;
    private final long[] smallest;
    private final int[] count;
    /** Per path, its latest visit; visits chain backwards through {@link #previousVisit}. */
    private final int[] lastVisit;

    private int visits;
    private int[] previousVisit = new int[1024];
    private int[] visitLayer = new int[1024];
    private long[] visitSize = new long[1024];
    private final BitSet visitIsRemoval = new BitSet();

    EfficiencyTally(int pathCount) {
        sum = new long[pathCount];
        smallest = new long[pathCount];
        count = new int[pathCount];
        lastVisit = new int[pathCount];
        java.util.Arrays.fill(lastVisit, -1);
    }

    /** Counts one visit of {@code path} by {@code layer} with {@code size} bytes ({@code removal}: a whiteout). */
    void visit(int path, int layer, long size, boolean removal) {
        if (count[path] == 0 || size < smallest[path]) {
            smallest[path] = size;
        }
        sum[path] += size;
        count[path]++;
        if (visits == previousVisit.length) {
            int grown = visits * 2;
            previousVisit = java.util.Arrays.copyOf(previousVisit, grown);
            visitLayer = java.util.Arrays.copyOf(visitLayer, grown);
            visitSize = java.util.Arrays.copyOf(visitSize, grown);
        }
        previousVisit[visits] = lastVisit[path];
        visitLayer[visits] = layer;
        visitSize[visits] = size;
        visitIsRemoval.set(visits, removal);
        lastVisit[path] = visits++;
    }

    /** Sum of smallest sizes over sum of summed sizes, or 1 when nothing was counted. */
    double score() {
        long minimum = 0;
        long discovered = 0;
        for (int p = 0; p < count.length; p++) {
            if (count[p] > 0) {
                minimum += smallest[p];
                discovered += sum[p];
            }
        }
        return discovered == 0 ? 1.0 : (double) minimum / discovered;
    }

    /** Paths visited two or more times. */
    BitSet inefficientPaths() {
        BitSet paths = new BitSet(count.length);
        for (int p = 0; p < count.length; p++) {
            if (count[p] >= 2) {
                paths.set(p);
            }
        }
        return paths;
    }

    /** The inefficient files, most wasted bytes first (ties by path), each with its layers bottom first. */
    List<InefficientFile> inefficientFiles(PathTable paths, List<String> commands) {
        List<InefficientFile> files = new ArrayList<>();
        for (int p = 0; p < count.length; p++) {
            if (count[p] < 2) {
                continue;
            }
            LayerOccurrence[] occurrences = new LayerOccurrence[count[p]];
            int i = count[p];
            for (int v = lastVisit[p]; v >= 0; v = previousVisit[v]) {
                int layer = visitLayer[v];
                occurrences[--i] = new LayerOccurrence(layer, visitSize[v],
                        layer < commands.size() ? commands.get(layer) : "", visitIsRemoval.get(v));
            }
            files.add(new InefficientFile(paths.path(p), count[p], sum[p], List.of(occurrences)));
        }
        files.sort(Comparator.comparingLong(InefficientFile::wastedBytes).reversed()
                .thenComparing(InefficientFile::path));
        return files;
    }
}
