package dev.porthole.ui.images;

import dev.porthole.model.ImageSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImageRowsTest {

    private static ImageSummary image(String id, List<String> tags, List<String> digests) {
        return new ImageSummary("sha256:" + id, tags, digests, 1000, Instant.EPOCH, 0, Map.of());
    }

    private final ImageSummary app = image("aaaa1111bbbb2222", List.of("zeta/app:2", "Alpha:1", "localhost:5000/app:dev"),
            List.of());
    private final ImageSummary untagged = image("cccc3333", List.of("<none>:<none>"), List.of());
    private final ImageSummary digestOnly = image("dddd4444", List.of(), List.of("registry.io/base@sha256:ff"));

    @Test
    void makesOneRowPerTagSortedByReferenceWithUntaggedLast() {
        List<ImageRow> rows = ImageRows.rows(List.of(untagged, app, digestOnly));

        assertThat(rows).extracting(ImageRow::reference).containsExactly(
                "Alpha:1", "localhost:5000/app:dev", "zeta/app:2", "<none>", "registry.io/base:<none>");
        assertThat(rows.get(1).repository()).isEqualTo("localhost:5000/app");
        assertThat(rows.get(1).tag()).isEqualTo("dev");
    }

    @Test
    void aTaggedRowTargetsItsReferenceAndAnUntaggedOneItsId() {
        List<ImageRow> rows = ImageRows.rows(List.of(app, untagged));

        assertThat(rows.get(0).target()).isEqualTo("Alpha:1");
        assertThat(rows.get(0).otherTags()).containsExactly("zeta/app:2", "localhost:5000/app:dev");
        assertThat(rows.get(3).dangling()).isTrue();
        assertThat(rows.get(3).target()).isEqualTo("sha256:cccc3333");
        assertThat(rows.get(3).otherTags()).isEmpty();
    }

    @Test
    void filterMatchesRepositoryTagAndIdPrefixCaseInsensitively() {
        ImageRow row = ImageRows.rows(List.of(app)).get(2); // zeta/app:2

        assertThat(ImageRows.matches(row, "")).isTrue();
        assertThat(ImageRows.matches(row, "ZETA")).isTrue();
        assertThat(ImageRows.matches(row, ":2")).isTrue();
        assertThat(ImageRows.matches(row, "aaaa11")).isTrue();
        assertThat(ImageRows.matches(row, "sha256:aaaa")).isTrue();
        assertThat(ImageRows.matches(row, "bbbb")).as("id infix is not a prefix").isFalse();
        assertThat(ImageRows.matches(row, "zeta 2")).as("every word must match").isTrue();
        assertThat(ImageRows.matches(row, "zeta dev")).isFalse();
    }

    @Test
    void filterFindsUntaggedImagesByNoneOrDangling() {
        ImageRow row = ImageRows.rows(List.of(untagged)).getFirst();

        assertThat(ImageRows.matches(row, "<none>")).isTrue();
        assertThat(ImageRows.matches(row, "dangling")).isTrue();
        assertThat(ImageRows.matches(ImageRows.rows(List.of(app)).getFirst(), "dangling")).isFalse();
    }

    @Test
    void allTagsListsEveryReferenceOnce() {
        assertThat(ImageRows.allTags(ImageRows.rows(List.of(app, untagged)))).containsExactly(
                "Alpha:1", "localhost:5000/app:dev", "zeta/app:2");
    }
}
