package dev.porthole.ui.images;

import java.util.regex.Pattern;

/** How a history step's "created by" reads in the table. Pure: no JavaFX. */
public final class HistoryFormat {

    private static final String NOP = "/bin/sh -c #(nop)";
    private static final String SHELL = "/bin/sh -c ";
    private static final String BUILDKIT = "# buildkit";
    /** The classic builder names copied content by its full hash: "file:73e2…(64 hex)". */
    private static final Pattern CONTENT_HASH =
            Pattern.compile("\\b(file|dir|multi):([0-9a-f]{12})[0-9a-f]{52}\\b");

    private HistoryFormat() {
    }

    /**
     * The Dockerfile step behind a history entry: the classic builder's "/bin/sh -c #(nop) " prefix dropped
     * (COPY, CMD, LABEL…), a shell-form RUN written as "RUN …", BuildKit's "# buildkit" note and shell dropped,
     * the content hash of a COPY/ADD cut to 12 characters, and newlines and runs of spaces folded onto one line.
     */
    public static String step(String createdBy) {
        if (createdBy == null) {
            return "";
        }
        String s = createdBy.strip();
        if (s.startsWith(NOP)) {
            s = s.substring(NOP.length()).strip();
        } else if (s.startsWith(SHELL)) {
            s = "RUN " + s.substring(SHELL.length()).strip();
        }
        if (s.endsWith(BUILDKIT)) {
            s = s.substring(0, s.length() - BUILDKIT.length()).strip();
            if (s.startsWith("RUN " + SHELL)) {
                s = "RUN " + s.substring(4 + SHELL.length()).strip();
            }
        }
        return CONTENT_HASH.matcher(s.replaceAll("\\s+", " ")).replaceAll("$1:$2…");
    }
}
