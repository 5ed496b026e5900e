package dev.porthole.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * ANSI escape sequences in log text: SGR codes ({@code ESC[...m}: 16, 256 and truecolor, bold, italic…) become
 * styled spans; every other sequence (cursor moves, erase, OSC titles) is dropped, as a log view cannot replay it.
 */
public final class AnsiText {

    private static final char ESC = '\u001b';
    private static final char BEL = '\u0007';

    private AnsiText() {
    }

    /** The text without any escape sequence: what search matches and copy copies. */
    public static String strip(String text) {
        int esc = text.indexOf(ESC);
        if (esc < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (esc >= 0) {
            out.append(text, i, esc);
            i = skip(text, esc);
            esc = text.indexOf(ESC, i);
        }
        return out.append(text, i, text.length()).toString();
    }

    /** The text as styled spans (adjacent text of one style in one span); plain text is one plain span. */
    public static List<StyledSpan> spans(String text) {
        List<StyledSpan> spans = new ArrayList<>(4);
        TextStyle style = TextStyle.PLAIN;
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int esc = text.indexOf(ESC, i);
            if (esc < 0) {
                run.append(text, i, n);
                break;
            }
            run.append(text, i, esc);
            int end = skip(text, esc);
            if (end - esc >= 3 && text.charAt(esc + 1) == '[' && text.charAt(end - 1) == 'm') {
                TextStyle next = applySgr(style, text.substring(esc + 2, end - 1));
                if (!next.equals(style)) {
                    if (!run.isEmpty()) {
                        spans.add(new StyledSpan(run.toString(), style));
                        run.setLength(0);
                    }
                    style = next;
                }
            }
            i = end;
        }
        if (!run.isEmpty() || spans.isEmpty()) {
            spans.add(new StyledSpan(run.toString(), style));
        }
        return spans;
    }

    /** Index just past the escape sequence starting at {@code esc}. */
    private static int skip(String text, int esc) {
        int n = text.length();
        if (esc + 1 >= n) {
            return n;
        }
        char kind = text.charAt(esc + 1);
        if (kind == '[') {
            // CSI: parameter and intermediate bytes, then one final byte in @..~
            for (int i = esc + 2; i < n; i++) {
                char c = text.charAt(i);
                if (c >= '@' && c <= '~') {
                    return i + 1;
                }
                if (c < ' ' || c > '?') {
                    return i; // malformed: drop the introducer only
                }
            }
            return n;
        }
        if (kind == ']' || kind == 'P' || kind == '_' || kind == '^') {
            // OSC/DCS/APC/PM: up to BEL or ESC backslash
            for (int i = esc + 2; i < n; i++) {
                char c = text.charAt(i);
                if (c == BEL) {
                    return i + 1;
                }
                if (c == ESC && i + 1 < n && text.charAt(i + 1) == '\\') {
                    return i + 2;
                }
            }
            return n;
        }
        return esc + 2;
    }

    /** The style after one SGR sequence's parameters ("1;31", "38;5;208", "38;2;255;0;0", "" = reset). */
    static TextStyle applySgr(TextStyle style, String params) {
        if (params.isEmpty()) {
            return TextStyle.PLAIN;
        }
        String[] parts = params.split("[;:]", -1);
        int[] codes = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            codes[k] = parse(parts[k]);
        }
        TextStyle s = style;
        for (int k = 0; k < codes.length; k++) {
            int c = codes[k];
            switch (c) {
                case 0 -> s = TextStyle.PLAIN;
                case 1 -> s = s.with(TextStyle.BOLD, true);
                case 2 -> s = s.with(TextStyle.DIM, true);
                case 3 -> s = s.with(TextStyle.ITALIC, true);
                case 4 -> s = s.with(TextStyle.UNDERLINE, true);
                case 7 -> s = s.with(TextStyle.INVERSE, true);
                case 9 -> s = s.with(TextStyle.STRIKE, true);
                case 21, 22 -> s = s.with(TextStyle.BOLD, false).with(TextStyle.DIM, false);
                case 23 -> s = s.with(TextStyle.ITALIC, false);
                case 24 -> s = s.with(TextStyle.UNDERLINE, false);
                case 27 -> s = s.with(TextStyle.INVERSE, false);
                case 29 -> s = s.with(TextStyle.STRIKE, false);
                case 39 -> s = s.withForeground(TextStyle.DEFAULT);
                case 49 -> s = s.withBackground(TextStyle.DEFAULT);
                case 38, 48 -> {
                    int[] colour = extended(codes, k);
                    if (colour[0] != Integer.MIN_VALUE) {
                        s = c == 38 ? s.withForeground(colour[0]) : s.withBackground(colour[0]);
                    }
                    k += colour[1];
                }
                default -> {
                    if (c >= 30 && c <= 37) {
                        s = s.withForeground(c - 30);
                    } else if (c >= 40 && c <= 47) {
                        s = s.withBackground(c - 40);
                    } else if (c >= 90 && c <= 97) {
                        s = s.withForeground(c - 90 + 8);
                    } else if (c >= 100 && c <= 107) {
                        s = s.withBackground(c - 100 + 8);
                    }
                    // anything else (blink, fonts…) has no place in a log view
                }
            }
        }
        return s;
    }

    /** A 38/48 colour: {value or MIN_VALUE, how many codes it used after the 38/48}. */
    private static int[] extended(int[] codes, int k) {
        if (k + 1 >= codes.length) {
            return new int[]{Integer.MIN_VALUE, 0};
        }
        if (codes[k + 1] == 5 && k + 2 < codes.length) {
            int index = codes[k + 2];
            return new int[]{index >= 0 && index < 256 ? index : Integer.MIN_VALUE, 2};
        }
        if (codes[k + 1] == 2 && k + 4 < codes.length) {
            int r = clamp(codes[k + 2]);
            int g = clamp(codes[k + 3]);
            int b = clamp(codes[k + 4]);
            return new int[]{TextStyle.RGB | r << 16 | g << 8 | b, 4};
        }
        return new int[]{Integer.MIN_VALUE, 1};
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static int parse(String code) {
        if (code.isEmpty()) {
            return 0;
        }
        int v = 0;
        for (int i = 0; i < code.length() && i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
