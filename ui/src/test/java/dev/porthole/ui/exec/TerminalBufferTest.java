package dev.porthole.ui.exec;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalBufferTest {

    private static TerminalBuffer fed(String text) {
        TerminalBuffer b = new TerminalBuffer();
        b.write(text.getBytes(StandardCharsets.UTF_8));
        return b;
    }

    @Test
    void carriageReturnOverwritesAndNewLineStartsALine() {
        assertThat(fed("loading 10%\rloading 99%\r\ndone\r\n").text()).isEqualTo("loading 99%\ndone\n");
    }

    @Test
    void backspaceMovesLeftSoTheNextCharacterReplaces() {
        assertThat(fed("cat\b\bow").text()).isEqualTo("cow");
        // the shell's answer to a typed backspace: left, blank, left
        assertThat(fed("ab\b \b").text()).isEqualTo("a ");
    }

    @Test
    void sgrColoursAndBoldBecomeStyleRunsAndTheEscapesDisappear() {
        TerminalBuffer b = fed("\u001b[1;31mred\u001b[0m plain \u001b[32mgreen\u001b[m");
        assertThat(b.text()).isEqualTo("red plain green");
        var runs = b.lines().getFirst().runs();
        assertThat(runs).extracting(StyledLine.Run::length).containsExactly(3, 7, 5);
        assertThat(Style.styleClasses(runs.get(0).style())).containsExactly("ansi-fg-red", "ansi-bold");
        assertThat(Style.styleClasses(runs.get(1).style())).isEmpty();
        assertThat(Style.styleClasses(runs.get(2).style())).containsExactly("ansi-fg-green");
    }

    @Test
    void brightAnd256ColoursMapToTheSixteen() {
        var b = fed("\u001b[94mx\u001b[38;5;196my\u001b[48;5;2mz");
        var runs = b.lines().getFirst().runs();
        assertThat(Style.styleClasses(runs.get(0).style())).containsExactly("ansi-fg-bright-blue");
        assertThat(Style.styleClasses(runs.get(1).style())).containsExactly("ansi-fg-red");
        assertThat(Style.styleClasses(runs.get(2).style())).containsExactly("ansi-fg-red", "ansi-bg-green");
    }

    @Test
    void eraseInLineAndWindowTitlesAreHandled() {
        assertThat(fed("\u001b]0;root@box: /\u0007$ ls\r\u001b[K$ ").text()).isEqualTo("$ ");
        assertThat(fed("old\u001b[2Jnew").text()).isEqualTo("new");
    }

    @Test
    void utf8SplitAcrossChunksIsJoined() {
        byte[] bytes = "héllo ✓".getBytes(StandardCharsets.UTF_8);
        TerminalBuffer b = new TerminalBuffer();
        b.write(Arrays.copyOfRange(bytes, 0, 2));
        b.write(Arrays.copyOfRange(bytes, 2, 8));
        b.write(Arrays.copyOfRange(bytes, 8, bytes.length));
        assertThat(b.text()).isEqualTo("héllo ✓");
    }

    @Test
    void theBufferIsBoundedAndTellsTheViewToRedrawAll() {
        TerminalBuffer b = new TerminalBuffer();
        b.takeFirstDirty();
        b.write("line\n".repeat(TerminalBuffer.MAX_LINES + 10).getBytes(StandardCharsets.UTF_8));
        assertThat(b.lines().size()).isLessThanOrEqualTo(TerminalBuffer.MAX_LINES);
        assertThat(b.takeFirstDirty()).isEqualTo(-1);
        b.write("x".getBytes(StandardCharsets.UTF_8));
        assertThat(b.takeFirstDirty()).isEqualTo(b.lines().size() - 1);
    }
}
