package dev.porthole.dockerfile.highlight;

import dev.porthole.dockerfile.Comment;
import dev.porthole.dockerfile.Directive;
import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.dockerfile.DockerfileParser;
import dev.porthole.dockerfile.Flag;
import dev.porthole.dockerfile.Heredoc;
import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.MappedText;
import dev.porthole.dockerfile.TextRange;
import dev.porthole.dockerfile.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Tokens for syntax highlighting, built on the parser so highlighting and lint agree on where instructions,
 * continuations and heredocs are. Tokens are sorted, never overlap, and leave plain text uncovered. Pure and
 * stateless: the editor can run it off the FX thread on every change (2,000 lines take a few milliseconds).
 */
public final class DockerfileHighlighter {

    private DockerfileHighlighter() {
    }

    /** Tokens of {@code text}. */
    public static List<Token> tokens(String text) {
        return tokens(DockerfileParser.parse(text));
    }

    /** Tokens of an already parsed file (the editor parses once for both highlighting and lint). */
    public static List<Token> tokens(Dockerfile file) {
        List<Token> out = new ArrayList<>(file.instructions().size() * 6 + file.comments().size());
        for (Directive d : file.directives()) {
            add(out, TokenKind.DIRECTIVE, d.range());
        }
        for (Comment c : file.comments()) {
            add(out, TokenKind.COMMENT, c.range());
        }
        char escape = file.escape();
        for (Instruction i : file.instructions()) {
            instruction(out, i, escape);
        }
        out.sort(Comparator.comparingInt(Token::start));
        return withoutOverlaps(out);
    }

    private static void instruction(List<Token> out, Instruction i, char escape) {
        if (i.isKnown()) {
            add(out, TokenKind.INSTRUCTION, i.keywordRange());
        }
        for (Flag f : i.flags()) {
            add(out, TokenKind.FLAG, f.range());
        }
        for (TextRange c : i.continuations()) {
            add(out, TokenKind.CONTINUATION, c);
        }
        for (Heredoc h : i.heredocs()) {
            add(out, TokenKind.HEREDOC_DELIMITER, h.marker());
            body(out, h);
            if (h.isClosed()) {
                add(out, TokenKind.HEREDOC_DELIMITER, h.terminator());
            }
        }
        if (i.triggered().isPresent()) {
            instruction(out, i.triggered().get(), escape);
            return;
        }
        MappedText args = i.arguments();
        if (i.isJsonForm()) {
            json(out, args);
            return;
        }
        int from = 0;
        List<Word> words = i.words();
        if (i.is("FROM") && words.size() >= 3 && words.get(1).value().equalsIgnoreCase("as")) {
            add(out, TokenKind.KEYWORD, words.get(1).source());
        } else if (i.is("HEALTHCHECK") && !words.isEmpty()) {
            String first = words.getFirst().value().toUpperCase(Locale.ROOT);
            if (first.equals("CMD") || first.equals("NONE")) {
                add(out, TokenKind.KEYWORD, words.getFirst().source());
                from = words.getFirst().end();
            }
        }
        shell(out, args, from, escape, i.heredocs());
    }

    /** Quoted strings and variables of shell-form arguments; heredoc markers are left to their own tokens. */
    private static void shell(List<Token> out, MappedText args, int from, char escape, List<Heredoc> heredocs) {
        String s = args.text();
        int n = s.length();
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (c == escape && i + 1 < n) {
                i += 2;
            } else if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                int end = close < 0 ? n : close + 1;
                emit(out, TokenKind.STRING, args, i, end);
                i = end;
            } else if (c == '"') {
                i = doubleQuoted(out, args, i, escape);
            } else if (c == '$') {
                int end = variableEnd(s, i);
                emit(out, TokenKind.VARIABLE, args, i, end);
                i = Math.max(end, i + 1);
            } else if (c == '<' && !heredocs.isEmpty() && isMarker(args.sourceOffset(i), heredocs)) {
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    /** A "string" with its variables split out; returns the index after the closing quote. */
    private static int doubleQuoted(List<Token> out, MappedText args, int open, char escape) {
        String s = args.text();
        int n = s.length();
        int pieceStart = open;
        int i = open + 1;
        while (i < n && s.charAt(i) != '"') {
            if (s.charAt(i) == escape && i + 1 < n) {
                i += 2;
            } else if (s.charAt(i) == '$') {
                int end = variableEnd(s, i);
                if (end > i + 1) {
                    emit(out, TokenKind.STRING, args, pieceStart, i);
                    emit(out, TokenKind.VARIABLE, args, i, end);
                    pieceStart = end;
                }
                i = Math.max(end, i + 1);
            } else {
                i++;
            }
        }
        int end = Math.min(n, i + 1);
        emit(out, TokenKind.STRING, args, pieceStart, end);
        return end;
    }

    private static void json(List<Token> out, MappedText args) {
        String s = args.text();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[' || c == ']' || c == ',') {
                emit(out, TokenKind.JSON_PUNCTUATION, args, i, i + 1);
                i++;
            } else if (c == '"') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '"') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(s.length(), j + 1);
                emit(out, TokenKind.STRING, args, i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** The body, with variables split out when the delimiter is unquoted (the shell expands them then). */
    private static void body(List<Token> out, Heredoc h) {
        MappedText body = h.body();
        if (body.isEmpty()) {
            return;
        }
        String s = body.text();
        int n = s.length();
        int pieceStart = 0;
        if (h.expands()) {
            int i = 0;
            while (i < n) {
                if (s.charAt(i) == '\\' && i + 1 < n) {
                    i += 2;
                } else if (s.charAt(i) == '$') {
                    int end = variableEnd(s, i);
                    if (end > i + 1) {
                        emit(out, TokenKind.HEREDOC_BODY, body, pieceStart, i);
                        emit(out, TokenKind.VARIABLE, body, i, end);
                        pieceStart = end;
                    }
                    i = Math.max(end, i + 1);
                } else {
                    i++;
                }
            }
        }
        // the last line break belongs to the delimiter line, not to the body
        int end = s.charAt(n - 1) == '\n' ? n - 1 : n;
        emit(out, TokenKind.HEREDOC_BODY, body, pieceStart, Math.max(pieceStart, end));
    }

    /** End of the variable starting with {@code $} at {@code i}: {@code $NAME}, {@code ${…}}, {@code $1}, {@code $@}. */
    private static int variableEnd(String s, int i) {
        int n = s.length();
        if (i + 1 >= n) {
            return i + 1;
        }
        char c = s.charAt(i + 1);
        if (c == '{') {
            int close = s.indexOf('}', i + 2);
            return close < 0 ? n : close + 1;
        }
        if (Character.isLetter(c) || c == '_') {
            int j = i + 2;
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
            return j;
        }
        if (Character.isDigit(c) || "@*#?$!-".indexOf(c) >= 0) {
            return i + 2;
        }
        return i + 1;
    }

    private static boolean isMarker(int sourceOffset, List<Heredoc> heredocs) {
        for (Heredoc h : heredocs) {
            if (h.marker().contains(sourceOffset)) {
                return true;
            }
        }
        return false;
    }

    /** Emits {@code [start, end)} of a mapped text, split where a continuation breaks it in the source. */
    private static void emit(List<Token> out, TokenKind kind, MappedText text, int start, int end) {
        int k = start;
        while (k < end) {
            int runStart = k;
            while (k + 1 < end && text.sourceOffset(k + 1) == text.sourceOffset(k) + 1) {
                k++;
            }
            out.add(new Token(kind, text.sourceOffset(runStart), text.sourceOffset(k) + 1));
            k++;
        }
    }

    private static void add(List<Token> out, TokenKind kind, TextRange range) {
        if (range.length() > 0) {
            out.add(new Token(kind, range.start(), range.end()));
        }
    }

    /** Keeps the earlier of two overlapping tokens, trimming the later one to what is left. */
    private static List<Token> withoutOverlaps(List<Token> sorted) {
        List<Token> out = new ArrayList<>(sorted.size());
        int covered = 0;
        for (Token t : sorted) {
            if (t.end() <= covered) {
                continue;
            }
            out.add(t.start() >= covered ? t : new Token(t.kind(), covered, t.end()));
            covered = t.end();
        }
        return out;
    }
}
