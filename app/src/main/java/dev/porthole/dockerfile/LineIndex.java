package dev.porthole.dockerfile;

import java.util.Arrays;

/** Where each line of a text starts, to turn offsets into 1-based lines and 0-based columns and back. */
public final class LineIndex {

    private final int[] starts;
    private final int[] ends;
    private final int length;

    private LineIndex(int[] starts, int[] ends, int length) {
        this.starts = starts;
        this.ends = ends;
        this.length = length;
    }

    /** Indexes the lines of {@code text}; "\n", "\r\n" and a lone "\r" all end a line. */
    public static LineIndex of(String text) {
        int[] s = new int[16];
        int[] e = new int[16];
        int count = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                    e = Arrays.copyOf(e, count * 2);
                }
                s[count] = start;
                e[count++] = i;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (count == s.length) {
            s = Arrays.copyOf(s, count + 1);
            e = Arrays.copyOf(e, count + 1);
        }
        // the text after the last line break is a line too, even when empty
        s[count] = start;
        e[count++] = n;
        return new LineIndex(Arrays.copyOf(s, count), Arrays.copyOf(e, count), n);
    }

    /** How many lines the text has (an empty text has one, empty, line). */
    public int lineCount() {
        return starts.length;
    }

    /** The 1-based line holding {@code offset}; an offset on a line break belongs to the line it ends. */
    public int line(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(starts, clamped);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The 0-based column of {@code offset} within its line. */
    public int column(int offset) {
        return Math.max(0, Math.min(offset, length)) - lineStart(line(offset));
    }

    /** Offset of the first character of the 1-based {@code line}. */
    public int lineStart(int line) {
        return starts[line - 1];
    }

    /** Offset just past the last character of the 1-based {@code line}, before its line break. */
    public int lineEnd(int line) {
        return ends[line - 1];
    }

    /** The offset of a 1-based line and 0-based column, clamped to that line. */
    public int offset(int line, int column) {
        return Math.min(lineStart(line) + Math.max(0, column), lineEnd(line));
    }
}
