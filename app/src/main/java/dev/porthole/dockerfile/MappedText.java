package dev.porthole.dockerfile;

import java.util.Arrays;

/**
 * Text assembled from pieces of a Dockerfile (an instruction joined across line continuations, a heredoc body),
 * remembering where each character came from so findings and fixes can point back into the source.
 */
public final class MappedText {

    private final String text;
    private final int[] offsets;
    /** Source offset just past the last character, or where the text sits when empty. */
    private final int endAnchor;

    private MappedText(String text, int[] offsets, int endAnchor) {
        this.text = text;
        this.offsets = offsets;
        this.endAnchor = endAnchor;
    }

    /** The stretch {@code [start, end)} of a source, mapped one to one. */
    public static MappedText of(String source, int start, int end) {
        int[] offs = new int[end - start];
        for (int i = 0; i < offs.length; i++) {
            offs[i] = start + i;
        }
        return new MappedText(source.substring(start, end), offs, end);
    }

    /** The assembled text. */
    public String text() {
        return text;
    }

    /** Its length. */
    public int length() {
        return text.length();
    }

    /** Whether it has no characters. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The source offset of character {@code index}. */
    public int sourceOffset(int index) {
        return index < offsets.length ? offsets[index] : endAnchor;
    }

    /** The source stretch from character {@code start} to just past character {@code end - 1}. */
    public TextRange sourceRange(int start, int end) {
        if (end <= start) {
            int at = sourceOffset(start);
            return new TextRange(at, at);
        }
        return new TextRange(offsets[start], offsets[end - 1] + 1);
    }

    /** The source stretch of the whole text. */
    public TextRange sourceRange() {
        return sourceRange(0, text.length());
    }

    /** Whether characters {@code [start, end)} sit next to each other in the source (no continuation between). */
    public boolean isContiguous(int start, int end) {
        return end <= start || offsets[end - 1] - offsets[start] == end - 1 - start;
    }

    /** Characters {@code [start, end)}. */
    public MappedText sub(int start, int end) {
        int anchor = end > start ? offsets[end - 1] + 1 : sourceOffset(start);
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(offsets, start, end), anchor);
    }

    /** Without leading and trailing whitespace. */
    public MappedText strip() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == 0 && e == text.length() ? this : sub(s, e);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds a mapped text piece by piece. */
    static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] offs = new int[64];
        private int anchor;

        Builder(int anchor) {
            this.anchor = anchor;
        }

        /** Appends {@code source[from, to)}, each character keeping its offset. */
        Builder append(String source, int from, int to) {
            ensure(sb.length() + to - from);
            for (int i = from; i < to; i++) {
                offs[sb.length()] = i;
                sb.append(source.charAt(i));
            }
            anchor = to;
            return this;
        }

        /** Appends one character said to come from {@code sourceOffset} (a line break joining heredoc lines). */
        Builder append(char c, int sourceOffset) {
            ensure(sb.length() + 1);
            offs[sb.length()] = sourceOffset;
            sb.append(c);
            anchor = sourceOffset + 1;
            return this;
        }

        private void ensure(int size) {
            if (size > offs.length) {
                offs = Arrays.copyOf(offs, Math.max(size, offs.length * 2));
            }
        }

        MappedText build() {
            return new MappedText(sb.toString(), Arrays.copyOf(offs, sb.length()), anchor);
        }
    }
}
