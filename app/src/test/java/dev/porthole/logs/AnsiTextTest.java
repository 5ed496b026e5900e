package dev.porthole.logs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnsiTextTest {

    @Test
    void stripRemovesSgrCursorAndOscSequences() {
        assertThat(AnsiText.strip("\u001b[1;32mok\u001b[0m \u001b[2K\u001b]0;title\u0007done")).isEqualTo("ok done");
        assertThat(AnsiText.strip("plain")).isSameAs("plain");
    }

    @Test
    void sixteenColoursAndBoldBecomeStyledSpans() {
        List<StyledSpan> spans = AnsiText.spans("a\u001b[1;31mb\u001b[22;94mc\u001b[0md");

        assertThat(spans).extracting(StyledSpan::text).containsExactly("a", "b", "c", "d");
        assertThat(spans.get(0).style()).isEqualTo(TextStyle.PLAIN);
        assertThat(spans.get(1).style().foreground()).isEqualTo(1);
        assertThat(spans.get(1).style().has(TextStyle.BOLD)).isTrue();
        assertThat(spans.get(2).style().foreground()).isEqualTo(12);
        assertThat(spans.get(2).style().has(TextStyle.BOLD)).isFalse();
        assertThat(spans.get(3).style()).isEqualTo(TextStyle.PLAIN);
    }

    @Test
    void paletteAndTruecolorColoursAreRead() {
        List<StyledSpan> spans = AnsiText.spans("\u001b[38;5;208mo\u001b[48;2;10;20;30mx");

        assertThat(spans.get(0).style().foreground()).isEqualTo(208);
        assertThat(TextStyle.rgbOf(208)).isEqualTo(0xff8700);
        int bg = spans.get(1).style().background();
        assertThat(TextStyle.isRgb(bg)).isTrue();
        assertThat(TextStyle.rgbOf(bg)).isEqualTo(0x0a141e);
        assertThat(spans.get(1).style().foreground()).isEqualTo(208);
    }

    @Test
    void italicUnderlineInverseAndDefaultsToggle() {
        TextStyle s = AnsiText.applySgr(TextStyle.PLAIN, "3;4;7;41");
        assertThat(s.has(TextStyle.ITALIC) && s.has(TextStyle.UNDERLINE) && s.has(TextStyle.INVERSE)).isTrue();
        assertThat(s.background()).isEqualTo(1);
        TextStyle off = AnsiText.applySgr(s, "23;24;27;49");
        assertThat(off).isEqualTo(TextStyle.PLAIN);
    }

    @Test
    void brokenSequencesDoNotThrowOrSwallowText() {
        assertThat(AnsiText.spans("\u001b[38;5mx\u001b[999;;mz\u001b[")).extracting(StyledSpan::text)
                .containsExactly("xz");
        assertThat(AnsiText.strip("end\u001b")).isEqualTo("end");
        assertThat(AnsiText.spans("")).extracting(StyledSpan::text).containsExactly("");
    }
}
