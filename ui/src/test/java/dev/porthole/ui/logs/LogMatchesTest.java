package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LogMatchesTest {

    private static LogLine line(String text) {
        return LogLine.of(1_795_823_700_123_000_000L, LogStream.STDOUT, "web", text);
    }

    @Test
    void plainQueriesMatchLiterallyAndIgnoreCaseUnlessAsked() {
        LogQuery.Compiled c = new LogQuery("a.b", false, false).compile();
        assertThat(c.pattern().matcher("xA.By").find()).isTrue();
        assertThat(c.pattern().matcher("axb").find()).isFalse();
        assertThat(new LogQuery("A.B", false, true).compile().pattern().matcher("a.b").find()).isFalse();
        assertThat(new LogQuery("", true, false).compile().active()).isFalse();
    }

    @Test
    void anInvalidRegexGivesAMessageInsteadOfThrowing() {
        LogQuery.Compiled c = new LogQuery("err(", true, false).compile();
        assertThat(c.pattern()).isNull();
        assertThat(c.error()).startsWith("Invalid regex: Unclosed group");
    }

    @Test
    void occurrencesAreCountedPerLineAndShiftWhenTheOldestGo() {
        List<LogLine> shown = new ArrayList<>(List.of(line("x"), line("err err"), line("ok"), line("\u001b[31merr\u001b[0m")));
        LogMatches m = new LogMatches();
        m.reset(new LogQuery("err", false, false).compile().pattern(), shown);
        assertThat(m.count()).isEqualTo(3);
        assertThat(m.line(1)).isEqualTo(1);
        assertThat(m.ordinalInLine(1)).isEqualTo(1);
        assertThat(m.firstAtOrAfter(2)).isEqualTo(2);

        shown.add(line("err"));
        m.addFrom(shown, 4);
        assertThat(m.count()).isEqualTo(4);

        shown.subList(0, 2).clear();
        m.dropFront(2);
        assertThat(m.count()).isEqualTo(2);
        assertThat(m.line(0)).isEqualTo(1);
        assertThat(m.line(1)).isEqualTo(2);
    }

    @Test
    void copiedLinesAreStrippedAndBinaryIsMadeVisible() {
        LogLine l = line("\u001b[1mbold\u001b[0m\u0001");
        assertThat(LogFormat.copied(l, true, true, ZoneOffset.UTC))
                .isEqualTo("2026-11-27T23:55:00.123Z web | bold\u0001");
        assertThat(LogFormat.visible("a\u0000b\tc")).isEqualTo("a\u2400b\tc");
        assertThat(LogFormat.time(l.timeNanos(), ZoneOffset.UTC)).isEqualTo("23:55:00.123");
    }
}
