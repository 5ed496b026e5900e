package dev.porthole.model;

import java.time.Instant;
import java.util.List;

/**
 * One step of an image's history (docker history).
 *
 * @param id        layer image id, or "&lt;missing&gt;"
 * @param createdBy the command that made it
 * @param size      bytes it added
 * @param created   when
 * @param tags      tags pointing at it
 * @param comment   comment
 */
public record ImageHistoryEntry(String id, String createdBy, long size, Instant created, List<String> tags,
                                String comment) {
    public ImageHistoryEntry {
        tags = List.copyOf(tags);
    }
}
