package dev.porthole.ui.exec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A simple terminal screen as lines of styled characters: handles UTF-8 split across chunks, \r, \n, backspace,
 * tab, SGR colours and bold, erase-in-line and clear-screen; other escape sequences are read and dropped. Not a
 * VT emulator: no cursor addressing, no alternate screen (full-screen programs such as vi do not render).
 * No JavaFX here, so it is unit-tested plainly.
 */
public final class TerminalBuffer {

    /** Lines kept; the oldest go first. */
    static final int MAX_LINES = 5000;

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pendingBytes = ByteBuffer.allocate(16);
    private final List<StyledLine> lines = new ArrayList<>(List.of(new StyledLine()));
    private final StringBuilder escape = new StringBuilder();
    private int column;
    private int style = Style.PLAIN;
    private EscapeState state = EscapeState.TEXT;
    private int firstDirty;
    private boolean allDirty;

    private enum EscapeState { TEXT, ESC, CSI, OSC, OSC_ESC }

    /** Feeds output bytes from the process. */
    public void write(byte[] bytes) {
        CharBuffer chars = CharBuffer.allocate(bytes.length + 16);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        while (in.hasRemaining()) {
            // bytes of a character split across chunks wait in pendingBytes
            while (in.hasRemaining() && pendingBytes.hasRemaining()) {
                pendingBytes.put(in.get());
            }
            pendingBytes.flip();
            decoder.decode(pendingBytes, chars, false);
            pendingBytes.compact();
        }
        chars.flip();
        for (int i = 0; i < chars.length(); i++) {
            accept(chars.charAt(i));
        }
    }

    /** The lines, oldest first. */
    public List<StyledLine> lines() {
        return lines;
    }

    /** The whole screen as plain text, lines joined by \n. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(lines.get(i).text());
        }
        return sb.toString();
    }

    /** The first line changed since the last call, or -1 when all must be drawn again (lines were dropped). */
    public int takeFirstDirty() {
        int first = allDirty ? -1 : firstDirty;
        allDirty = false;
        firstDirty = lines.size() - 1;
        return first;
    }

    private void accept(char c) {
        switch (state) {
            case TEXT -> text(c);
            case ESC -> {
                if (c == '[') {
                    state = EscapeState.CSI;
                    escape.setLength(0);
                } else if (c == ']') {
                    state = EscapeState.OSC;
                } else {
                    state = EscapeState.TEXT; // two-character sequences (ESC =, ESC >, ESC 7…) dropped
                }
            }
            case CSI -> {
                if (c >= 0x40 && c <= 0x7e) {
                    state = EscapeState.TEXT;
                    csi(c, escape.toString());
                } else if (escape.length() < 64) {
                    escape.append(c);
                }
            }
            case OSC -> {
                if (c == 0x07) {
                    state = EscapeState.TEXT; // a window title, dropped
                } else if (c == 0x1b) {
                    state = EscapeState.OSC_ESC;
                }
            }
            case OSC_ESC -> state = c == '\\' ? EscapeState.TEXT : EscapeState.OSC;
        }
    }

    private void text(char c) {
        switch (c) {
            case 0x1b -> state = EscapeState.ESC;
            case '\n' -> newLine();
            case '\r' -> column = 0;
            case '\b' -> column = Math.max(0, column - 1);
            case '\t' -> {
                int next = (column / 8 + 1) * 8;
                while (column < next) {
                    put(' ');
                }
            }
            case 0x07 -> { } // bell
            default -> {
                if (c >= 0x20) {
                    put(c);
                }
            }
        }
    }

    private void put(char c) {
        current().set(column++, c, style);
        markDirty(lines.size() - 1);
    }

    private void newLine() {
        lines.add(new StyledLine());
        column = 0;
        if (lines.size() > MAX_LINES) {
            // drop a block at once so the view redraws everything rarely
            lines.subList(0, MAX_LINES / 10).clear();
            allDirty = true;
        }
        markDirty(lines.size() - 2);
    }

    private void csi(char command, String params) {
        switch (command) {
            case 'm' -> style = Style.apply(style, params);
            case 'K' -> {
                // erase in line: 0 to the end, 1 to the start, 2 all
                StyledLine line = current();
                switch (params.isEmpty() ? "0" : params) {
                    case "1" -> line.clearTo(column);
                    case "2" -> line.truncate(0);
                    default -> line.truncate(column);
                }
                markDirty(lines.size() - 1);
            }
            case 'J' -> {
                if (params.equals("2") || params.equals("3")) {
                    lines.clear();
                    lines.add(new StyledLine());
                    column = 0;
                    allDirty = true;
                }
            }
            case 'D' -> column = Math.max(0, column - number(params));
            case 'C' -> column += number(params);
            case 'G' -> column = Math.max(0, number(params) - 1);
            default -> { } // cursor addressing and modes are beyond this view
        }
    }

    private static int number(String params) {
        try {
            return params.isEmpty() ? 1 : Math.max(1, Integer.parseInt(params));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private StyledLine current() {
        return lines.getLast();
    }

    private void markDirty(int line) {
        firstDirty = Math.max(0, Math.min(firstDirty, line));
    }
}
