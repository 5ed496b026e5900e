package dev.porthole.dockerfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a Dockerfile the way the builder reads it: parser directives at the very top, comments, line
 * continuations with the file's escape character, flags, JSON and shell forms, heredocs. It never throws: what it
 * cannot make sense of becomes a {@link ParseProblem} and parsing goes on with the next line.
 */
public final class DockerfileParser {

    /** The instructions of the Dockerfile reference. */
    public static final Set<String> INSTRUCTIONS = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV",
            "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER",
            "VOLUME", "WORKDIR");

    private static final Set<String> JSON_CAPABLE = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD",
            "VOLUME");
    private static final Set<String> HEREDOC_CAPABLE = Set.of("RUN", "COPY", "ADD");
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
    private static final Pattern DIRECTIVE = Pattern.compile("#[ \\t]*([A-Za-z][A-Za-z0-9]*)[ \\t]*=[ \\t]*(.*?)[ \\t]*");

    private DockerfileParser() {
    }

    /** Parses {@code text} (null counts as empty). */
    public static Dockerfile parse(String text) {
        return new Pass(text == null ? "" : text).run();
    }

    /** One parse: the text, its lines and what has been found so far. */
    private static final class Pass {
        private final String text;
        private final LineIndex index;
        private final int lineCount;
        private char escape = '\\';
        private final List<Directive> directives = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private final List<Instruction> instructions = new ArrayList<>();
        private final List<ParseProblem> problems = new ArrayList<>();
        /** 0-based line the scan goes on from. */
        private int next;

        Pass(String text) {
            this.text = text;
            this.index = LineIndex.of(text);
            this.lineCount = index.lineCount();
        }

        Dockerfile run() {
            readDirectives();
            while (next < lineCount) {
                int line = next;
                int first = firstNonBlank(line);
                if (first < 0) {
                    next++;
                } else if (text.charAt(first) == '#') {
                    addComment(line);
                    next++;
                } else {
                    readInstruction(line, first);
                }
            }
            return new Dockerfile(text, index, escape, directives, comments, instructions, problems);
        }

        /** Directives count only in an unbroken run at the top: a blank line, comment or instruction ends it. */
        private void readDirectives() {
            Set<String> seen = new HashSet<>();
            while (next < lineCount) {
                int start = start(next);
                if (next == 0 && start < text.length() && text.charAt(start) == '\uFEFF') {
                    start++;
                }
                Matcher m = DIRECTIVE.matcher(text.substring(start, end(next)));
                if (!m.matches()) {
                    return;
                }
                String name = m.group(1).toLowerCase(Locale.ROOT);
                if (!DIRECTIVES.contains(name) || !seen.add(name)) {
                    return;
                }
                String value = m.group(2);
                TextRange range = new TextRange(start, end(next));
                directives.add(new Directive(name, value, next + 1, range));
                if (name.equals("escape")) {
                    if (value.equals("\\") || value.equals("`")) {
                        escape = value.charAt(0);
                    } else {
                        problems.add(new ParseProblem(next + 1, range,
                                "the escape directive takes \\ or ` (a backtick), not '" + value + "'"));
                    }
                }
                next++;
            }
        }

        private void readInstruction(int firstLine, int firstOffset) {
            MappedText.Builder logical = new MappedText.Builder(firstOffset);
            List<TextRange> continuations = new ArrayList<>();
            int line = firstLine;
            int from = firstOffset;
            int lastLine;
            while (true) {
                int end = end(line);
                int contentEnd = end;
                while (contentEnd > from && isBlank(text.charAt(contentEnd - 1))) {
                    contentEnd--;
                }
                if (contentEnd > from && text.charAt(contentEnd - 1) == escape) {
                    logical.append(text, from, contentEnd - 1);
                    continuations.add(new TextRange(contentEnd - 1, contentEnd));
                    lastLine = line;
                    // the builder drops blank lines and comment lines inside a continued instruction
                    int after = line + 1;
                    while (after < lineCount) {
                        int nb = firstNonBlank(after);
                        if (nb >= 0 && text.charAt(nb) != '#') {
                            break;
                        }
                        if (nb >= 0) {
                            addComment(after);
                        }
                        after++;
                    }
                    if (after >= lineCount) {
                        next = after;
                        break;
                    }
                    line = after;
                    from = start(line);
                } else {
                    logical.append(text, from, end);
                    lastLine = line;
                    next = line + 1;
                    break;
                }
            }
            Instruction parsed = parseLogical(logical.build(), firstLine + 1, lastLine + 1, continuations, true);
            instructions.add(parsed);
        }

        /** Parses one logical line (continuations already joined) into an instruction; reads heredoc bodies. */
        private Instruction parseLogical(MappedText logical, int line, int lastLine, List<TextRange> continuations,
                                         boolean topLevel) {
            String s = logical.text();
            int n = s.length();
            int kwEnd = 0;
            while (kwEnd < n && !Character.isWhitespace(s.charAt(kwEnd))) {
                kwEnd++;
            }
            String keyword = s.substring(0, kwEnd);
            String name = keyword.toUpperCase(Locale.ROOT);
            boolean known = INSTRUCTIONS.contains(name);
            TextRange keywordRange = logical.sourceRange(0, kwEnd);

            List<Flag> flags = new ArrayList<>();
            int p = skipBlank(s, kwEnd);
            while (p + 1 < n && s.charAt(p) == '-' && s.charAt(p + 1) == '-') {
                int e = wordEnd(s, p);
                String body = s.substring(p + 2, e);
                if (body.isEmpty()) {
                    // a bare "--" ends the flags
                    p = skipBlank(s, e);
                    break;
                }
                int eq = body.indexOf('=');
                String flagName = eq < 0 ? body : body.substring(0, eq);
                String value = eq < 0 ? null : unquote(body.substring(eq + 1));
                flags.add(new Flag(flagName, value, logical.sourceRange(p, e)));
                p = skipBlank(s, e);
            }
            MappedText args = logical.sub(p, n).strip();

            List<String> json = JSON_CAPABLE.contains(name) && args.text().startsWith("[")
                    ? JsonArrays.parse(args.text()) : null;
            List<Word> words = json != null ? ArgumentWords.ofJson(json, args) : ArgumentWords.split(args, escape);

            List<Heredoc> heredocs = List.of();
            int endLine = lastLine;
            if (topLevel && json == null && HEREDOC_CAPABLE.contains(name)) {
                heredocs = readHeredocs(args, words, line);
                if (!heredocs.isEmpty()) {
                    endLine = next; // the line after the last body line, 0-based, is the last line 1-based
                }
            }

            Instruction triggered = null;
            if (name.equals("ONBUILD") && !args.isEmpty()) {
                triggered = parseLogical(args, line, lastLine, List.of(), false);
            }

            int rangeEnd = args.isEmpty() ? keywordRange.end() : args.sourceRange().end();
            for (Heredoc h : heredocs) {
                rangeEnd = Math.max(rangeEnd, h.isClosed() ? h.terminator().end() : h.bodyRange().end());
            }
            Instruction instruction = new Instruction(keyword, known, keywordRange,
                    new TextRange(keywordRange.start(), rangeEnd), line, endLine, flags, args, json, words, heredocs,
                    continuations, triggered);
            if (topLevel) {
                InstructionChecks.check(instruction, problems);
            }
            return instruction;
        }

        /** Finds {@code <<EOF} words and reads each body from the lines after the instruction, in order. */
        private List<Heredoc> readHeredocs(MappedText args, List<Word> words, int line) {
            List<Heredoc> heredocs = new ArrayList<>();
            String s = args.text();
            for (Word w : words) {
                String raw = s.substring(w.start(), w.end());
                if (!raw.startsWith("<<") || raw.startsWith("<<<")) {
                    continue;
                }
                int q = 2;
                boolean strip = q < raw.length() && raw.charAt(q) == '-';
                if (strip) {
                    q++;
                }
                String rest = raw.substring(q);
                boolean quoted = rest.indexOf('"') >= 0 || rest.indexOf('\'') >= 0;
                String delimiter = delimiterOf(rest);
                if (delimiter.isEmpty()) {
                    continue;
                }
                heredocs.add(readBody(delimiter, strip, quoted, w.source(), line));
            }
            return heredocs;
        }

        private Heredoc readBody(String delimiter, boolean strip, boolean quoted, TextRange marker, int line) {
            int first = next;
            MappedText.Builder body = new MappedText.Builder(first < lineCount ? start(first) : text.length());
            while (next < lineCount) {
                int s = start(next);
                int e = end(next);
                int cs = s;
                if (strip) {
                    while (cs < e && text.charAt(cs) == '\t') {
                        cs++;
                    }
                }
                if (text.substring(cs, e).equals(delimiter)) {
                    TextRange bodyRange = new TextRange(start(first), s);
                    next++;
                    return new Heredoc(delimiter, strip, quoted, marker, body.build(),
                            trimBreak(bodyRange), new TextRange(s, e));
                }
                body.append(text, s, e);
                body.append('\n', e);
                next++;
            }
            problems.add(new ParseProblem(line, marker, "the heredoc <<" + delimiter
                    + " is never closed: end it with a line that reads " + delimiter));
            int bodyStart = first < lineCount ? start(first) : text.length();
            return new Heredoc(delimiter, strip, quoted, marker, body.build(),
                    new TextRange(bodyStart, text.length()), null);
        }

        /** A body range ends before the line break that precedes the delimiter line. */
        private TextRange trimBreak(TextRange r) {
            int e = r.end();
            if (e > r.start() && text.charAt(e - 1) == '\n') {
                e--;
            }
            if (e > r.start() && text.charAt(e - 1) == '\r') {
                e--;
            }
            return new TextRange(r.start(), e);
        }

        private void addComment(int line) {
            int s = firstNonBlank(line);
            int e = end(line);
            comments.add(new Comment(text.substring(s + 1, e).strip(), line + 1, new TextRange(s, e)));
        }

        private int start(int line) {
            return index.lineStart(line + 1);
        }

        private int end(int line) {
            return index.lineEnd(line + 1);
        }

        /** Offset of the first non-blank character of a 0-based line, or -1 when it is blank. */
        private int firstNonBlank(int line) {
            int e = end(line);
            for (int i = start(line); i < e; i++) {
                char c = text.charAt(i);
                if (!isBlank(c) && c != '\uFEFF') {
                    return i;
                }
            }
            return -1;
        }
    }

    /** The delimiter word of a heredoc marker after {@code <<} or {@code <<-}, quotes removed. */
    static String delimiterOf(String rest) {
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '>' || c == '<' || c == '|' || c == '&' || c == ';' || c == ')')) {
                break;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    /** End of the word starting at {@code i}: the next whitespace outside quotes. */
    private static int wordEnd(String s, int i) {
        char quote = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                break;
            }
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            i++;
        }
        return i;
    }

    private static int skipBlank(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }
}
