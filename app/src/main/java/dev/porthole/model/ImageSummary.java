package dev.porthole.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One image of the engine.
 *
 * @param id          full id (sha256:…)
 * @param repoTags    "repo:tag" references; empty for a dangling image
 * @param repoDigests "repo@sha256:…" references
 * @param size        size in bytes
 * @param created     creation time
 * @param containers  number of containers using it (any state), counted from the container list
 * @param labels      labels
 */
public record ImageSummary(
        String id,
        List<String> repoTags,
        List<String> repoDigests,
        long size,
        Instant created,
        int containers,
        Map<String, String> labels) {

    public ImageSummary {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        labels = Map.copyOf(labels);
    }

    /** An image with no repository:tag (shown as &lt;none&gt;:&lt;none&gt; by the CLI). */
    public boolean dangling() {
        return repoTags.isEmpty() || repoTags.stream().allMatch(t -> t.equals("<none>:<none>"));
    }

    public String shortId() {
        return Ids.shortId(id);
    }
}
