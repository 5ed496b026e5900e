package dev.porthole.build;

import java.util.Map;

/**
 * What to build: the scanned context, the tag ({@code name:tag}, may be empty), build arguments, the stage to stop
 * at (empty for the last) and labels to add to the image.
 */
public record BuildRequest(BuildContext context, String tag, Map<String, String> buildArgs, String target,
                           Map<String, String> labels) {

    public BuildRequest {
        tag = tag == null ? "" : tag.strip();
        target = target == null ? "" : target.strip();
        buildArgs = Map.copyOf(buildArgs);
        labels = Map.copyOf(labels);
    }
}
