package dev.porthole.ui.images;

import dev.porthole.model.ImageSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Pure functions behind the images table: rows from images, the filter, the default order. No JavaFX. */
public final class ImageRows {

    /** repository:tag, case-insensitive, untagged images last. */
    public static final Comparator<ImageRow> BY_REFERENCE = Comparator
            .comparing(ImageRow::dangling)
            .thenComparing(r -> r.reference().toLowerCase(Locale.ROOT))
            .thenComparing(r -> r.image().id());

    private ImageRows() {
    }

    /** One row per tag; an untagged image gets one row, named by its digest's repository when it has one. */
    public static List<ImageRow> rows(List<ImageSummary> images) {
        List<ImageRow> rows = new ArrayList<>();
        for (ImageSummary image : images) {
            List<String> tags = image.repoTags().stream().filter(t -> !t.equals("<none>:<none>")).toList();
            if (tags.isEmpty()) {
                String repo = image.repoDigests().stream().map(d -> d.substring(0, Math.max(0, d.indexOf('@'))))
                        .filter(r -> !r.isEmpty() && !r.equals(ImageRow.NONE)).findFirst().orElse(ImageRow.NONE);
                rows.add(new ImageRow(image, repo, ImageRow.NONE));
            }
            for (String tag : tags) {
                int colon = tag.lastIndexOf(':');
                boolean hasTag = colon > tag.lastIndexOf('/');
                rows.add(hasTag ? new ImageRow(image, tag.substring(0, colon), tag.substring(colon + 1))
                        : new ImageRow(image, tag, "latest"));
            }
        }
        rows.sort(BY_REFERENCE);
        return rows;
    }

    /**
     * Whether a row matches the filter text: every word must appear in the repository or tag, or be a prefix of
     * the id (with or without "sha256:"). "&lt;none&gt;" or "dangling" find untagged images. Case-insensitive.
     */
    public static boolean matches(ImageRow row, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String ref = row.reference().toLowerCase(Locale.ROOT);
        String id = row.image().id().toLowerCase(Locale.ROOT);
        String bareId = id.startsWith("sha256:") ? id.substring(7) : id;
        for (String word : filter.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            boolean hit = ref.contains(word) || bareId.startsWith(word) || id.startsWith(word)
                    || (row.dangling() && word.equals("dangling"));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    /** Every tag of every image, as the engine lists them: for clash checks when tagging. */
    public static List<String> allTags(List<ImageRow> rows) {
        return rows.stream().filter(r -> !r.dangling()).map(ImageRow::reference).distinct().toList();
    }
}
