package dev.porthole.dockerfile.highlight;

import java.util.Locale;

/** What a highlighted stretch of a Dockerfile is; the editor styles each kind with its own CSS class. */
public enum TokenKind {
    /** An instruction keyword: FROM, RUN… */
    INSTRUCTION,
    /** A keyword inside arguments: AS in FROM, CMD or NONE in HEALTHCHECK. */
    KEYWORD,
    /** A {@code --flag=value}. */
    FLAG,
    /** A quoted string, or a string of a JSON array. */
    STRING,
    /** {@code $NAME} or {@code ${NAME:-default}}. */
    VARIABLE,
    /** A comment line. */
    COMMENT,
    /** A parser directive line at the top ({@code # syntax=…}, {@code # escape=…}). */
    DIRECTIVE,
    /** The brackets and commas of a JSON array. */
    JSON_PUNCTUATION,
    /** The escape character that continues a line. */
    CONTINUATION,
    /** {@code <<EOF} and the line that closes it. */
    HEREDOC_DELIMITER,
    /** The lines of a heredoc. */
    HEREDOC_BODY;

    /** The CSS style class, e.g. {@code df-json-punctuation}. */
    public String styleClass() {
        return "df-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
