package dev.porthole.ui.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One terminal line: characters and, per character, a packed {@link Style}. */
public final class StyledLine {

    private char[] chars = new char[0];
    private int[] styles = new int[0];
    private int length;

    /** Writes a character at a column, padding with blanks. */
    void set(int column, char c, int style) {
        if (column >= chars.length) {
            int size = Math.max(column + 1, chars.length * 2 + 16);
            chars = Arrays.copyOf(chars, size);
            styles = Arrays.copyOf(styles, size);
        }
        for (int i = length; i < column; i++) {
            chars[i] = ' ';
            styles[i] = Style.PLAIN;
        }
        chars[column] = c;
        styles[column] = style;
        length = Math.max(length, column + 1);
    }

    void truncate(int column) {
        length = Math.min(length, column);
    }

    void clearTo(int column) {
        for (int i = 0; i <= Math.min(column, length - 1); i++) {
            chars[i] = ' ';
            styles[i] = Style.PLAIN;
        }
    }

    /** The line's text. */
    public String text() {
        return new String(chars, 0, length);
    }

    /** Runs of equal style, in order, covering the text. */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || styles[i] != styles[start]) {
                runs.add(new Run(i - start, styles[start]));
                start = i;
            }
        }
        return runs;
    }

    /** {@code length} characters of one packed style. */
    public record Run(int length, int style) {
    }
}
