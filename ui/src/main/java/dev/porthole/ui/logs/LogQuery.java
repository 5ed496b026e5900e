package dev.porthole.ui.logs;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the user searches for: text or a regular expression, with or without case. Compiling never throws: an
 * invalid expression gives no pattern and a sentence saying why.
 */
record LogQuery(String text, boolean regex, boolean caseSensitive) {

    /** The compiled query: a pattern, or null with an error (or neither, for an empty query). */
    record Compiled(Pattern pattern, String error) {

        boolean active() {
            return pattern != null;
        }
    }

    static final Compiled NONE = new Compiled(null, null);

    Compiled compile() {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return new Compiled(Pattern.compile(regex ? text : Pattern.quote(text), flags), null);
        } catch (PatternSyntaxException e) {
            return new Compiled(null, "Invalid regex: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at " + (e.getIndex() + 1) : ""));
        }
    }
}
