package dev.porthole.logs;

import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogBufferTest {

    private static LogLine line(long time, String text) {
        return LogLine.of(time, LogStream.STDOUT, "c", text);
    }

    @Test
    void aFullBufferDropsTheOldestAndCountsThem() {
        LogBuffer buffer = new LogBuffer(3);
        for (int i = 1; i <= 5; i++) {
            buffer.add(line(i, "l" + i));
        }
        assertThat(buffer.lines()).extracting(LogLine::text).containsExactly("l3", "l4", "l5");
        assertThat(buffer.dropped()).isEqualTo(2);
        assertThat(buffer.first().text()).isEqualTo("l3");
        assertThat(buffer.last().text()).isEqualTo("l5");
    }

    @Test
    void anOlderLineIsInsertedInTimeOrderAfterLinesOfTheSameTime() {
        LogBuffer buffer = new LogBuffer(10);
        buffer.addAll(List.of(line(10, "a"), line(30, "c"), line(40, "d")));
        assertThat(buffer.add(line(20, "b"))).isEqualTo(1);
        assertThat(buffer.add(line(30, "c2"))).isEqualTo(3);
        assertThat(buffer.lines()).extracting(LogLine::text).containsExactly("a", "b", "c", "c2", "d");
    }

    @Test
    void aLineOlderThanEverythingInAFullBufferIsDroppedAtOnce() {
        LogBuffer buffer = new LogBuffer(2);
        buffer.addAll(List.of(line(10, "a"), line(20, "b")));
        assertThat(buffer.add(line(5, "old"))).isEqualTo(-1);
        assertThat(buffer.add(line(15, "mid"))).isEqualTo(0);
        assertThat(buffer.lines()).extracting(LogLine::text).containsExactly("mid", "b");
        assertThat(buffer.dropped()).isEqualTo(2);
    }

    @Test
    void theRingWrapsManyTimesAndStaysInOrder() {
        LogBuffer buffer = new LogBuffer(1000);
        for (int i = 0; i < 250_000; i++) {
            buffer.add(line(i, Integer.toString(i)));
        }
        assertThat(buffer.size()).isEqualTo(1000);
        assertThat(buffer.get(0).text()).isEqualTo("249000");
        assertThat(buffer.get(999).text()).isEqualTo("249999");
        assertThat(buffer.dropped()).isEqualTo(249_000);
        assertThatThrownBy(() -> buffer.get(1000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void clearEmptiesAndResetsTheDroppedCount() {
        LogBuffer buffer = new LogBuffer(1);
        buffer.add(line(1, "a"));
        buffer.add(line(2, "b"));
        buffer.clear();
        assertThat(buffer.size()).isZero();
        assertThat(buffer.dropped()).isZero();
        assertThat(buffer.first()).isNull();
    }

    @Test
    void resumeFilterDropsOnlyWhatWasDeliveredAtTheMark() {
        ResumeFilter filter = new ResumeFilter();
        assertThat(filter.admit(line(1, "a"))).isTrue();
        assertThat(filter.admit(line(2, "b"))).isTrue();
        assertThat(filter.admit(line(2, "c"))).isTrue();
        long mark = filter.resumeMark();
        assertThat(mark).isEqualTo(2);
        // the reopened stream starts at the mark: b and c again, then a line of the same time not seen, then new
        assertThat(filter.admit(line(2, "b"))).isFalse();
        assertThat(filter.admit(line(2, "c"))).isFalse();
        assertThat(filter.admit(line(2, "d"))).isTrue();
        assertThat(filter.admit(line(3, "b"))).isTrue();
        assertThat(filter.admit(line(3, "b"))).isTrue();
    }
}
