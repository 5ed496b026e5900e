package dev.porthole.layers;

/** Told how far reading an image has got; called on the reading thread, often, so keep it cheap. */
@FunctionalInterface
public interface AnalysisProgress {

    /** Does nothing. */
    AnalysisProgress NONE = (read, total) -> { };

    /**
     * @param bytesRead  archive bytes read (or skipped) so far
     * @param totalBytes the archive's length, or -1 when unknown (an engine stream)
     */
    void update(long bytesRead, long totalBytes);
}
