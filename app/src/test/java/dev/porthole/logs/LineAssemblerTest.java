package dev.porthole.logs;

import dev.porthole.model.LogChunk;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineAssemblerTest {

    private static final String T1 = "2026-11-27T23:55:00.123456789Z";
    private static final String T2 = "2026-11-27T23:55:01.5Z";
    private final List<LogLine> lines = new ArrayList<>();
    private final LineAssembler assembler = new LineAssembler("web", lines::add);

    private static LogChunk framed(LogStream stream, String text) {
        return new LogChunk(stream, text.getBytes(StandardCharsets.UTF_8), true);
    }

    @Test
    void framedMessagesBecomeLinesWithTheirStreamAndTimestamp() {
        assembler.accept(framed(LogStream.STDOUT, T1 + " hello\n"));
        assembler.accept(framed(LogStream.STDERR, T2 + " oops\n"));

        assertThat(lines).extracting(LogLine::text).containsExactly("hello", "oops");
        assertThat(lines).extracting(LogLine::stream).containsExactly(LogStream.STDOUT, LogStream.STDERR);
        assertThat(lines.get(0).timeNanos()).isEqualTo(EngineTimestamp.parse(T1));
        assertThat(lines.get(0).timeNanos()).isEqualTo(1_795_823_700_123_456_789L);
        assertThat(lines.get(1).timeNanos()).isEqualTo(1_795_823_701_500_000_000L);
        assertThat(lines.getFirst().source()).isEqualTo("web");
    }

    @Test
    void aLongLineSplitIntoMessagesIsJoinedWithoutTheInnerTimestamps() {
        String part = "x".repeat(16 * 1024);
        assembler.accept(framed(LogStream.STDOUT, T1 + " " + part));
        assembler.accept(framed(LogStream.STDOUT, T2 + " " + part));
        assembler.accept(framed(LogStream.STDOUT, T2 + " end\n"));

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().text()).isEqualTo(part + part + "end");
        assertThat(lines.getFirst().timeNanos()).isEqualTo(EngineTimestamp.parse(T1));
    }

    @Test
    void stdoutAndStderrLinesInProgressDoNotMix() {
        assembler.accept(framed(LogStream.STDOUT, T1 + " out-a"));
        assembler.accept(framed(LogStream.STDERR, T1 + " err-a"));
        assembler.accept(framed(LogStream.STDOUT, T1 + " out-b\n"));
        assembler.accept(framed(LogStream.STDERR, T1 + " err-b\n"));

        assertThat(lines).extracting(LogLine::text).containsExactly("out-aout-b", "err-aerr-b");
    }

    @Test
    void rawTtyBytesCutAnywhereMakeWholeLinesAndLoseTheirCr() {
        byte[] all = (T1 + " first\r\n" + T2 + " second\r\n" + T2 + " third").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < all.length; i += 7) {
            assembler.accept(new LogChunk(LogStream.STDOUT, Arrays.copyOfRange(all, i, Math.min(all.length, i + 7)),
                    false));
        }
        assembler.flush();

        assertThat(lines).extracting(LogLine::text).containsExactly("first", "second", "third");
        assertThat(lines.get(1).timeNanos()).isEqualTo(EngineTimestamp.parse(T2));
    }

    @Test
    void aMegabyteLineComesThroughWhole() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes((T1 + " ").getBytes(StandardCharsets.US_ASCII));
        raw.writeBytes("y".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        raw.write('\n');
        byte[] all = raw.toByteArray();
        for (int i = 0; i < all.length; i += 1000) {
            assembler.accept(new LogChunk(LogStream.STDOUT, Arrays.copyOfRange(all, i, Math.min(all.length, i + 1000)),
                    false));
        }

        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().text()).hasSize(1024 * 1024).matches("y+");
    }

    @Test
    void bytesThatAreNotUtf8BecomeReplacementCharacters() {
        byte[] head = (T1 + " bin").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = Arrays.copyOf(head, head.length + 5);
        chunk[head.length] = 0x01;
        chunk[head.length + 1] = (byte) 0xff;
        chunk[head.length + 2] = (byte) 0xfe;
        chunk[head.length + 3] = 'z';
        chunk[head.length + 4] = '\n';
        assembler.accept(new LogChunk(LogStream.STDOUT, chunk, true));

        assertThat(lines.getFirst().text()).isEqualTo("bin\u0001\uFFFD\uFFFDz");
    }

    @Test
    void anUnfinishedLastLineIsEmittedOnFlush() {
        assembler.accept(framed(LogStream.STDOUT, T1 + " no newline"));
        assertThat(lines).isEmpty();
        assembler.flush();
        assertThat(lines).extracting(LogLine::text).containsExactly("no newline");
    }

    @Test
    void emptyLinesAreKept() {
        assembler.accept(framed(LogStream.STDOUT, T1 + " \n"));
        assertThat(lines).extracting(LogLine::text).containsExactly("");
    }

    @Test
    void escapeSequencesAreKeptInTextAndStrippedInPlain() {
        assembler.accept(framed(LogStream.STDOUT, T1 + " \u001b[1;31mred\u001b[0m done\n"));
        assertThat(lines.getFirst().text()).isEqualTo("\u001b[1;31mred\u001b[0m done");
        assertThat(lines.getFirst().plain()).isEqualTo("red done");
        assertThat(lines.getFirst().styled()).isTrue();
    }

    @Test
    void timestampsWithOffsetsAndShortFractionsParse() {
        assertThat(EngineTimestamp.parse("2026-11-27T23:55:00Z")).isEqualTo(1_795_823_700_000_000_000L);
        assertThat(EngineTimestamp.parse("2026-11-28T00:55:00.25+01:00")).isEqualTo(1_795_823_700_250_000_000L);
        assertThat(EngineTimestamp.parse("not a time at all, no")).isEqualTo(-1);
        assertThat(EngineTimestamp.queryValue(1_795_823_700_000_000_042L)).isEqualTo("1795823700.000000042");
    }
}
