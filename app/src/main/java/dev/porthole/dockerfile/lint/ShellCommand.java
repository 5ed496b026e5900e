package dev.porthole.dockerfile.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One simple command of a shell script ({@code apt-get install -y curl}), with the operator that came before it
 * ({@code &&}, {@code ||}, {@code ;}, {@code |}, a line break, or null at the start) and its heredoc delimiters.
 */
final class ShellCommand {

    /** Words that open a compound command: the command proper comes after them. */
    private static final Set<String> PREFIXES = Set.of("{", "}", "!", "if", "then", "else", "elif", "do", "while",
            "until", "time");

    private final List<ShellWord> words;
    private final String separatorBefore;
    private final List<String> heredocs;
    /** Index of the command name, worked out once: every rule asks for it. */
    private final int nameIndex;

    ShellCommand(List<ShellWord> words, String separatorBefore, List<String> heredocs) {
        this.words = List.copyOf(words);
        this.separatorBefore = separatorBefore;
        this.heredocs = List.copyOf(heredocs);
        this.nameIndex = findName(this.words);
    }

    /** The words, assignments and name included. */
    List<ShellWord> words() {
        return words;
    }

    /** The operator before the command, or null at the start of the script. */
    String separatorBefore() {
        return separatorBefore;
    }

    /** Delimiters of the heredocs this command reads. */
    List<String> heredocs() {
        return heredocs;
    }

    /** The command name word, or null for a command of assignments only. */
    ShellWord nameWord() {
        return nameIndex < 0 ? null : words.get(nameIndex);
    }

    /** The command name ({@code apt-get}), or an empty string. */
    String name() {
        return nameIndex < 0 ? "" : words.get(nameIndex).value();
    }

    /** The words after the name. */
    List<ShellWord> arguments() {
        return nameIndex < 0 ? List.of() : words.subList(nameIndex + 1, words.size());
    }

    /**
     * The arguments from index {@code from} on, read apart into options and operands (in order). An option in
     * {@code takesValue} written without {@code =} takes the next word along: {@code -o x} becomes {@code -o=x}.
     */
    Arguments arguments(int from, Set<String> takesValue) {
        List<ShellWord> args = arguments();
        List<String> options = new ArrayList<>();
        List<ShellWord> operands = new ArrayList<>();
        for (int i = from; i < args.size(); i++) {
            ShellWord w = args.get(i);
            if (w.isOption()) {
                String option = w.value();
                if (takesValue.contains(option) && i + 1 < args.size()) {
                    option += "=" + args.get(++i).value();
                }
                options.add(option);
            } else {
                operands.add(w);
            }
        }
        return new Arguments(options, operands);
    }

    /** A command's options ({@code -y}, {@code --option=v}) and its other words, each in order. */
    record Arguments(List<String> options, List<ShellWord> operands) {
    }

    /** Whether the command is {@code commandName}. */
    boolean is(String commandName) {
        return name().equals(commandName);
    }

    /** The first word that is not a variable assignment ({@code DEBIAN_FRONTEND=x}) or a keyword like then. */
    private static int findName(List<ShellWord> words) {
        for (int i = 0; i < words.size(); i++) {
            String v = words.get(i).value();
            if (!isAssignment(v) && !PREFIXES.contains(v)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAssignment(String v) {
        int eq = v.indexOf('=');
        if (eq <= 0 || !(Character.isLetter(v.charAt(0)) || v.charAt(0) == '_')) {
            return false;
        }
        for (int k = 1; k < eq; k++) {
            char c = v.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
