package dev.porthole.ui.editor;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.Collection;

/**
 * Which stretch of a new analysis' styles differs from what the area already shows (the previous analysis'
 * styles, which the area keeps on unchanged text), so that an edit in a long file restyles a few lines, not all.
 * Pure, for any thread.
 */
final class StyleDiff {

    /** {@code [from, to)} in the new text; {@code from == to} when nothing needs restyling. */
    record Range(int from, int to) {
        boolean isEmpty() {
            return from >= to;
        }
    }

    private StyleDiff() {
    }

    /** The range to restyle when {@code next} replaces {@code previous} (null: everything). */
    static Range between(Analysis previous, Analysis next) {
        int n = next.text().length();
        if (previous == null) {
            return new Range(0, n);
        }
        String a = previous.text();
        String b = next.text();
        Collection<String>[] sa = perChar(previous.styles(), a.length());
        Collection<String>[] sb = perChar(next.styles(), n);
        int max = Math.min(a.length(), n);
        int prefix = 0;
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix) && sa[prefix].equals(sb[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(n - 1 - suffix)
                && sa[a.length() - 1 - suffix].equals(sb[n - 1 - suffix])) {
            suffix++;
        }
        return new Range(prefix, n - suffix);
    }

    @SuppressWarnings("unchecked")
    private static Collection<String>[] perChar(StyleSpans<Collection<String>> spans, int length) {
        Collection<String>[] out = new Collection[length];
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength() && at < length; i++) {
                out[at++] = span.getStyle();
            }
        }
        while (at < length) {
            out[at++] = java.util.List.of();
        }
        return out;
    }
}
