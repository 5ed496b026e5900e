package dev.porthole.ui.commands;

import java.util.Locale;
import java.util.Optional;

/**
 * How well a typed query matches a command name: the query's letters must appear in the name in order (case and
 * spaces in the query ignored); matches at the start of the name or of a word, and runs of adjacent letters,
 * score higher; letters skipped in between cost a little. The best alignment is found, not the first.
 *
 * @param score     higher is better; comparable only between matches of the same query
 * @param positions the index in the name of each query letter
 */
public record FuzzyMatch(int score, int[] positions) {

    static final int MATCH = 1;
    static final int WORD_START = 8;
    static final int PREFIX = 6;
    static final int ADJACENT = 5;
    static final int MAX_GAP_COST = 3;
    static final int MAX_LEADING_COST = 5;
    private static final int NONE = Integer.MIN_VALUE / 2;

    /** The best match of {@code query} in {@code text}, or empty when its letters are not all there in order. */
    public static Optional<FuzzyMatch> of(String query, String text) {
        String q = query.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        int m = q.length();
        int n = t.length();
        if (m == 0) {
            return Optional.of(new FuzzyMatch(0, new int[0]));
        }
        if (m > n || t.length() != text.length()) {
            return m > n ? Optional.empty() : naive(q, text);
        }
        // best[i][j]: best score with query letter i at text index j; from[i][j]: where letter i-1 was
        int[][] best = new int[m][n];
        int[][] from = new int[m][n];
        for (int j = 0; j < n; j++) {
            best[0][j] = q.charAt(0) == t.charAt(j)
                    ? letter(text, j) + (j == 0 ? PREFIX : -Math.min(j, MAX_LEADING_COST)) : NONE;
        }
        for (int i = 1; i < m; i++) {
            for (int j = 0; j < n; j++) {
                best[i][j] = NONE;
                if (q.charAt(i) != t.charAt(j)) {
                    continue;
                }
                for (int k = i - 1; k < j; k++) {
                    if (best[i - 1][k] == NONE) {
                        continue;
                    }
                    int link = k == j - 1 ? ADJACENT : -Math.min(j - k - 1, MAX_GAP_COST);
                    int s = best[i - 1][k] + link + letter(text, j);
                    if (s > best[i][j]) {
                        best[i][j] = s;
                        from[i][j] = k;
                    }
                }
            }
        }
        int end = -1;
        for (int j = 0; j < n; j++) {
            if (best[m - 1][j] != NONE && (end < 0 || best[m - 1][j] > best[m - 1][end])) {
                end = j;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        int[] positions = new int[m];
        for (int i = m - 1, j = end; i >= 0; i--) {
            positions[i] = j;
            j = i > 0 ? from[i][j] : j;
        }
        return Optional.of(new FuzzyMatch(best[m - 1][end], positions));
    }

    /** The score of matching a letter at {@code j}: more at the start of a word. */
    private static int letter(String text, int j) {
        return MATCH + (isWordStart(text, j) ? WORD_START : 0);
    }

    static boolean isWordStart(String text, int j) {
        if (j == 0) {
            return true;
        }
        char before = text.charAt(j - 1);
        char c = text.charAt(j);
        return !Character.isLetterOrDigit(before) || Character.isLowerCase(before) && Character.isUpperCase(c);
    }

    /** Lower-casing changed the length (rare scripts): plain in-order search, no bonuses. */
    private static Optional<FuzzyMatch> naive(String q, String text) {
        int[] positions = new int[q.length()];
        int at = 0;
        for (int i = 0; i < q.length(); i++) {
            int found = -1;
            for (int j = at; j < text.length(); j++) {
                if (Character.toLowerCase(text.charAt(j)) == q.charAt(i)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return Optional.empty();
            }
            positions[i] = found;
            at = found + 1;
        }
        return Optional.of(new FuzzyMatch(q.length(), positions));
    }
}
