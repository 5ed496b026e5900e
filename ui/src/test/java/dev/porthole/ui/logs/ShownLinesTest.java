package dev.porthole.ui.logs;

import dev.porthole.logs.LogBuffer;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShownLinesTest {

    private final LogBuffer buffer = new LogBuffer(5);
    private final ShownLines shown = new ShownLines(buffer);
    private final List<String> changes = new ArrayList<>();

    ShownLinesTest() {
        shown.addListener((ListChangeListener<LogLine>) c -> {
            List<String> parts = new ArrayList<>();
            while (c.next()) {
                if (c.wasRemoved()) {
                    parts.add("-" + c.getRemoved().stream().map(LogLine::text).toList() + "@" + c.getFrom());
                }
                if (c.wasAdded()) {
                    parts.add("+" + c.getFrom() + ".." + c.getTo());
                }
            }
            changes.add(String.join(" ", parts));
        });
    }

    private static LogLine line(long time, String text) {
        return LogLine.of(time, LogStream.STDOUT, "c", text);
    }

    private void batch(LogLine... lines) {
        shown.beginBatch();
        for (LogLine l : lines) {
            shown.hold(l);
        }
        shown.endBatch();
    }

    private List<String> texts() {
        return shown.stream().map(LogLine::text).toList();
    }

    @Test
    void aBatchIntoAFullBufferIsOneChangeRemovingTheOldestAndAddingTheNew() {
        batch(IntStream.rangeClosed(1, 5).mapToObj(i -> line(i, "l" + i)).toArray(LogLine[]::new));
        changes.clear();

        batch(line(6, "l6"), line(7, "l7"));

        assertThat(texts()).containsExactly("l3", "l4", "l5", "l6", "l7");
        assertThat(changes).containsExactly("-[l1, l2]@0 +3..5");
        assertThat(shown.removedFront()).isEqualTo(2);
        assertThat(shown.added()).isEqualTo(2);
        assertThat(shown.insertedInside()).isFalse();
    }

    @Test
    void anOlderLineGoesInItsPlaceAndSaysSo() {
        batch(line(10, "a"), line(30, "c"));
        changes.clear();

        batch(line(20, "b"));

        assertThat(texts()).containsExactly("a", "b", "c");
        // told as one replacement: listeners redraw everything anyway when lines move
        assertThat(changes).containsExactly("-[a, c]@0 +0..3");
        assertThat(shown.insertedInside()).isTrue();
    }

    @Test
    void filterModeShowsOnlyPassingLinesAndFollowsTheBufferAsItDropsAndInserts() {
        batch(line(1, "keep-1"), line(2, "skip-2"), line(3, "keep-3"));
        shown.refilter(l -> l.text().startsWith("keep"));
        assertThat(texts()).containsExactly("keep-1", "keep-3");
        changes.clear();

        // the buffer holds five: keep-1 and skip-2 leave, an older keep-5 goes before keep-6
        batch(line(4, "skip-4"), line(6, "keep-6"), line(5, "keep-5"), line(7, "skip-7"));

        assertThat(buffer.lines()).extracting(LogLine::text)
                .containsExactly("keep-3", "skip-4", "keep-5", "keep-6", "skip-7");
        assertThat(texts()).containsExactly("keep-3", "keep-5", "keep-6");
        assertThat(shown.removedFront()).isEqualTo(1);
        assertThat(shown.added()).isEqualTo(2);
        assertThat(changes).hasSize(1);

        batch(line(8, "keep-8"));
        assertThat(texts()).containsExactly("keep-5", "keep-6", "keep-8");
    }

    @Test
    void refilteringIsOneChangeReplacingEverythingAndTellsWhatWasShown() {
        batch(line(1, "a1"), line(2, "b2"), line(3, "a3"));
        changes.clear();

        shown.refilter(l -> l.text().startsWith("a"));
        shown.refilter(null);

        assertThat(changes).containsExactly("-[a1, b2, a3]@0 +0..2", "-[a1, a3]@0 +0..3");
        assertThat(texts()).containsExactly("a1", "b2", "a3");
    }

    @Test
    void aScanOfAnEarlierSnapshotCatchesUpWithLinesThatCameAndWent() {
        batch(line(1, "keep-1"), line(2, "skip-2"), line(3, "keep-3"));
        LogScan scan = LogScan.of(buffer.snapshot(), shown.moves(), l -> l.text().startsWith("keep"), null,
                () -> false);
        // meanwhile: four lines arrive, so keep-1 and skip-2 leave
        batch(line(4, "keep-4"), line(5, "skip-5"), line(6, "keep-6"), line(7, "skip-7"));
        changes.clear();

        int gone = shown.show(scan);

        assertThat(gone).as("scanned lines that left").isEqualTo(1);
        assertThat(texts()).containsExactly("keep-3", "keep-4", "keep-6");
        assertThat(changes).containsExactly("-[keep-3, keep-4, skip-5, keep-6, skip-7]@0 +0..3");
    }

    @Test
    void aScanTakenBeforeALineWentInBetweenIsRefused() {
        batch(line(1, "a"), line(3, "c"));
        LogScan scan = LogScan.of(buffer.snapshot(), shown.moves(), null, null, () -> false);
        batch(line(2, "b"));

        assertThatThrownBy(() -> shown.show(scan)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void emptyingRemovesEverythingInOneChange() {
        batch(line(1, "a"), line(2, "b"));
        changes.clear();

        shown.empty();

        assertThat(shown).isEmpty();
        assertThat(buffer.size()).isZero();
        assertThat(changes).containsExactly("-[a, b]@0");
    }

    @Test
    void everyBatchChangeTurnsTheOldListIntoTheNewOneWithOrWithoutAFilter() {
        // a mirror kept only from the changes must always equal the list: appends, floods larger than the
        // buffer, and older lines (merged containers) that switch a batch to the change builder halfway
        java.util.Random random = new java.util.Random(42);
        for (boolean filtered : new boolean[]{false, true}) {
            LogBuffer small = new LogBuffer(7);
            ShownLines lines = new ShownLines(small);
            if (filtered) {
                lines.refilter(l -> !l.text().endsWith("3"));
            }
            List<String> mirror = new ArrayList<>();
            lines.addListener((ListChangeListener<LogLine>) c -> {
                while (c.next()) {
                    List<String> removed = c.getRemoved().stream().map(LogLine::text).toList();
                    assertThat(mirror.subList(c.getFrom(), c.getFrom() + removed.size())).isEqualTo(removed);
                    mirror.subList(c.getFrom(), c.getFrom() + removed.size()).clear();
                    if (c.wasAdded()) {
                        mirror.addAll(c.getFrom(), c.getAddedSubList().stream().map(LogLine::text).toList());
                    }
                }
            });
            long time = 100;
            for (int b = 0; b < 200; b++) {
                lines.beginBatch();
                int n = random.nextInt(12);
                for (int i = 0; i < n; i++) {
                    boolean older = random.nextInt(6) == 0;
                    long t = older ? time - 1 - random.nextInt(8) : ++time;
                    lines.hold(line(t, "t" + t + "-" + b + "-" + i));
                }
                lines.endBatch();
                assertThat(mirror).as("batch %d, filtered %s", b, filtered)
                        .isEqualTo(lines.stream().map(LogLine::text).toList());
            }
        }
    }
}
