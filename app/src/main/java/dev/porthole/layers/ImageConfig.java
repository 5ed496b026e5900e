package dev.porthole.layers;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What the image config says about layers: the history steps that made them (steps marked {@code empty_layer}
 * made none) and their diff ids.
 *
 * @param commands one per layer-making history step, bottom first, trimmed for display
 * @param diffIds  {@code rootfs.diff_ids}, bottom first
 */
record ImageConfig(List<String> commands, List<String> diffIds) {

    private static final String SHELL_PREFIX = "/bin/sh -c ";
    private static final String NOP = "#(nop) ";

    /** The config's layer facts. */
    static ImageConfig parse(byte[] json, String path, String archiveName) {
        JsonNode root = ImageManifest.parse(json, path, archiveName);
        List<String> commands = new ArrayList<>();
        for (JsonNode step : root.path("history")) {
            if (!step.path("empty_layer").asBoolean(false)) {
                commands.add(displayCommand(step.path("created_by").asText("")));
            }
        }
        List<String> diffIds = new ArrayList<>();
        for (JsonNode id : root.path("rootfs").path("diff_ids")) {
            diffIds.add(id.asText());
        }
        return new ImageConfig(commands, diffIds);
    }

    /**
     * A history step's {@code created_by} for display: without the {@code /bin/sh -c } the classic builder wraps
     * every step in (also after BuildKit's "RUN "), and without the {@code #(nop) } marking metadata steps.
     */
    static String displayCommand(String createdBy) {
        String s = createdBy.strip();
        if (s.startsWith(SHELL_PREFIX)) {
            s = s.substring(SHELL_PREFIX.length());
        } else if (s.startsWith("RUN " + SHELL_PREFIX)) {
            s = "RUN " + s.substring(("RUN " + SHELL_PREFIX).length());
        }
        s = s.strip();
        if (s.startsWith(NOP)) {
            s = s.substring(NOP.length());
        }
        return s.strip();
    }
}
