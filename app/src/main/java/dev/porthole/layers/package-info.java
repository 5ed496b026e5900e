/**
 * Image layer analysis, the dive way: source ({@link dev.porthole.layers.ArchiveFileSource},
 * {@link dev.porthole.layers.EngineImageSource}) → one sequential pass over the archive, listing each layer tar
 * into compact arrays as it streams by → order from the manifest → layers stacked with whiteouts and opaque
 * markers → dive's efficiency → one immutable {@link dev.porthole.layers.Analysis}.
 *
 * <p>For a UI: run {@link dev.porthole.layers.LayerAnalyzer#analyze(ImageSource, AnalysisProgress)} off the FX
 * thread (interrupting it cancels), show {@code layers()} and the efficiency numbers, and build a
 * {@link dev.porthole.layers.LayerTree} per selected layer ({@code changesIn}, {@code imageAt}); expand nodes with
 * {@code children(node)}, filter with {@code filter(...)}. Node ids are stable across layers of one analysis.
 * Failures are {@link dev.porthole.layers.LayersException}s whose message is for the user.
 */
package dev.porthole.layers;
