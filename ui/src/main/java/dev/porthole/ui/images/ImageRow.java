package dev.porthole.ui.images;

import dev.porthole.model.ImageSummary;

import java.util.List;

/**
 * One row of the images table: one reference (repository:tag) of an image, like {@code docker images}, so that
 * remove, tag and run act on exactly the reference the user picked. A dangling image has one row of its own.
 *
 * @param image      the image
 * @param repository the repository, or "&lt;none&gt;"
 * @param tag        the tag, or "&lt;none&gt;"
 */
public record ImageRow(ImageSummary image, String repository, String tag) {

    public static final String NONE = "<none>";

    /** No tag: the image is only reachable by id (or by digest). */
    public boolean dangling() {
        return NONE.equals(tag);
    }

    /** repository:tag as the CLI writes it; "&lt;none&gt;" for an image without a tag. */
    public String reference() {
        return dangling() && NONE.equals(repository) ? NONE : repository + ":" + tag;
    }

    /** What to hand the engine: the reference, or the image id when there is no tag to name it by. */
    public String target() {
        return dangling() ? image.id() : repository + ":" + tag;
    }

    /** The image's other tags (the ones other rows show). */
    public List<String> otherTags() {
        return image.repoTags().stream().filter(t -> !t.equals(reference()) && !t.equals("<none>:<none>")).toList();
    }

    public String shortId() {
        return image.shortId();
    }
}
