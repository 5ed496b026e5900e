package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.MappedText;

import java.util.ArrayList;
import java.util.List;

/**
 * A shell script split into simple commands, enough for lint rules to see which commands run with which
 * arguments: quotes, escapes, {@code $(…)}, comments, redirections and heredoc markers are understood;
 * control flow is not (the commands inside {@code if} or a subshell are simply listed in order).
 */
final class ShellScript {

    private final List<ShellCommand> commands;
    private final boolean pipe;
    private final boolean comment;

    private ShellScript(List<ShellCommand> commands, boolean pipe, boolean comment) {
        this.commands = List.copyOf(commands);
        this.pipe = pipe;
        this.comment = comment;
    }

    /** The commands, in order. */
    List<ShellCommand> commands() {
        return commands;
    }

    /** Whether some command pipes into another ({@code |} or {@code |&}, not {@code ||}). */
    boolean hasPipe() {
        return pipe;
    }

    /** Whether the script has a {@code #} comment (text appended after one would be commented out). */
    boolean hasComment() {
        return comment;
    }

    static ShellScript parse(MappedText script) {
        return new Lexer(script).run();
    }

    private static final class Lexer {
        private static final int NONE = 0;
        private static final int SKIP_NEXT = 1;
        private static final int HEREDOC_NEXT = 2;

        private final MappedText script;
        private final String s;
        private final List<ShellCommand> commands = new ArrayList<>();
        private List<ShellWord> words = new ArrayList<>();
        private List<String> heredocs = new ArrayList<>();
        private String separator;
        private final StringBuilder value = new StringBuilder();
        private int wordStart = -1;
        private int redirect = NONE;
        private boolean pipe;
        private boolean comment;

        Lexer(MappedText script) {
            this.script = script;
            this.s = script.text();
        }

        ShellScript run() {
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                char next = i + 1 < n ? s.charAt(i + 1) : 0;
                switch (c) {
                    case ' ', '\t', '\r' -> {
                        endWord(i);
                        i++;
                    }
                    case '\n' -> {
                        endWord(i);
                        endCommand("\n");
                        i++;
                    }
                    case '\\' -> {
                        if (next == '\n') {
                            endWord(i); // a continuation inside a heredoc script
                            i += 2;
                        } else {
                            start(i);
                            if (next != 0) {
                                value.append(next);
                            }
                            i += next != 0 ? 2 : 1;
                        }
                    }
                    case '\'' -> {
                        start(i);
                        int close = s.indexOf('\'', i + 1);
                        int end = close < 0 ? n : close;
                        value.append(s, i + 1, end);
                        i = Math.min(n, end + 1);
                    }
                    case '"' -> i = doubleQuoted(i);
                    case '`' -> {
                        start(i);
                        int close = s.indexOf('`', i + 1);
                        int end = close < 0 ? n : close + 1;
                        value.append(s, i, end);
                        i = end;
                    }
                    case '$' -> {
                        start(i);
                        int end = next == '(' ? balanced(i + 1, '(', ')') : next == '{' ? balanced(i + 1, '{', '}') : i + 1;
                        value.append(s, i, end);
                        i = end;
                    }
                    case '#' -> {
                        if (wordStart < 0) {
                            comment = true;
                            while (i < n && s.charAt(i) != '\n') {
                                i++;
                            }
                        } else {
                            value.append(c);
                            i++;
                        }
                    }
                    case '&' -> {
                        if (next == '>') {
                            i = redirection(i);
                        } else {
                            endWord(i);
                            endCommand(next == '&' ? "&&" : "&");
                            i += next == '&' ? 2 : 1;
                        }
                    }
                    case '|' -> {
                        endWord(i);
                        String op = next == '|' ? "||" : next == '&' ? "|&" : "|";
                        pipe |= !op.equals("||");
                        endCommand(op);
                        i += op.length();
                    }
                    case ';', '(', ')' -> {
                        if (wordStart >= 0 && c != ';') {
                            value.append(c); // a parenthesis inside a word, like a glob
                            i++;
                        } else {
                            endWord(i);
                            endCommand(String.valueOf(c));
                            i++;
                        }
                    }
                    case '<', '>' -> i = redirection(i);
                    default -> {
                        start(i);
                        value.append(c);
                        i++;
                    }
                }
            }
            endWord(n);
            endCommand(null);
            return new ShellScript(commands, pipe, comment);
        }

        private int doubleQuoted(int i) {
            start(i);
            int n = s.length();
            i++;
            while (i < n && s.charAt(i) != '"') {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    value.append(s.charAt(i + 1));
                    i += 2;
                } else if (c == '$' && i + 1 < n && s.charAt(i + 1) == '(') {
                    int end = balanced(i + 1, '(', ')');
                    value.append(s, i, end);
                    i = end;
                } else {
                    value.append(c);
                    i++;
                }
            }
            return Math.min(n, i + 1);
        }

        /** Index just past the bracket closing the one at {@code open}, skipping quoted text. */
        private int balanced(int open, char opening, char closing) {
            int depth = 0;
            char quote = 0;
            for (int i = open; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == opening) {
                    depth++;
                } else if (c == closing && --depth == 0) {
                    return i + 1;
                }
            }
            return s.length();
        }

        /** {@code >file}, {@code 2>&1}, {@code <in}, {@code <<EOF}: the operator, and the next word is no argument. */
        private int redirection(int i) {
            if (wordStart >= 0 && value.chars().allMatch(Character::isDigit)) {
                wordStart = -1; // the file descriptor number of 2>&1
                value.setLength(0);
            } else {
                endWord(i);
            }
            if (s.startsWith("<<<", i)) {
                redirect = SKIP_NEXT;
                return i + 3;
            }
            if (s.startsWith("<<", i)) {
                redirect = HEREDOC_NEXT;
                return i + (s.startsWith("<<-", i) ? 3 : 2);
            }
            int j = i + 1;
            while (j < s.length() && (s.charAt(j) == '>' || s.charAt(j) == '&' || s.charAt(j) == '|')) {
                j++;
            }
            redirect = SKIP_NEXT;
            return j;
        }

        private void start(int i) {
            if (wordStart < 0) {
                wordStart = i;
                value.setLength(0);
            }
        }

        private void endWord(int end) {
            if (wordStart < 0) {
                return;
            }
            if (redirect == HEREDOC_NEXT) {
                heredocs.add(value.toString());
            } else if (redirect == NONE) {
                words.add(new ShellWord(value.toString(), script.sourceRange(wordStart, end)));
            }
            redirect = NONE;
            wordStart = -1;
            value.setLength(0);
        }

        private void endCommand(String operator) {
            if (!words.isEmpty() || !heredocs.isEmpty()) {
                commands.add(new ShellCommand(words, separator, heredocs));
                words = new ArrayList<>();
                heredocs = new ArrayList<>();
            }
            separator = operator;
        }
    }
}
