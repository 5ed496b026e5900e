package dev.porthole.dockerfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One change to a text: replace {@code [start, end)} with {@code replacement}. Quick fixes are lists of these. */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start || replacement == null) {
            throw new IllegalArgumentException("bad edit " + start + ".." + end);
        }
    }

    /** An edit that inserts {@code text} at {@code offset}. */
    public static TextEdit insert(int offset, String text) {
        return new TextEdit(offset, offset, text);
    }

    /** Applies edits whose offsets all refer to the original text (they must not overlap) and returns the result. */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        // from the back, so earlier offsets stay valid while later ones change
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (TextEdit edit : sorted) {
            if (edit.end > text.length() || edit.end > limit) {
                throw new IllegalArgumentException("edits overlap or run past the text: " + edit);
            }
            out.replace(edit.start, edit.end, edit.replacement);
            limit = edit.start;
        }
        return out.toString();
    }
}
