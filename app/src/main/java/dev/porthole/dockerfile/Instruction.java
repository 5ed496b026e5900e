package dev.porthole.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One instruction of a Dockerfile as written: its keyword, flags, arguments (joined across line continuations,
 * each character still pointing at its place in the file), JSON-form arguments when it uses them, and heredocs.
 */
public final class Instruction {

    private final String keyword;
    private final String name;
    private final boolean known;
    private final TextRange keywordRange;
    private final TextRange range;
    private final int line;
    private final int endLine;
    private final List<Flag> flags;
    private final MappedText arguments;
    private final List<String> json;
    private final List<Word> words;
    private final List<Heredoc> heredocs;
    private final List<TextRange> continuations;
    private final Instruction triggered;

    Instruction(String keyword, boolean known, TextRange keywordRange, TextRange range, int line, int endLine,
                List<Flag> flags, MappedText arguments, List<String> json, List<Word> words,
                List<Heredoc> heredocs, List<TextRange> continuations, Instruction triggered) {
        this.keyword = keyword;
        this.name = keyword.toUpperCase(Locale.ROOT);
        this.known = known;
        this.keywordRange = keywordRange;
        this.range = range;
        this.line = line;
        this.endLine = endLine;
        this.flags = List.copyOf(flags);
        this.arguments = arguments;
        this.json = json == null ? null : List.copyOf(json);
        this.words = List.copyOf(words);
        this.heredocs = List.copyOf(heredocs);
        this.continuations = List.copyOf(continuations);
        this.triggered = triggered;
    }

    /** The keyword as written ({@code run}, {@code RUN}). */
    public String keyword() {
        return keyword;
    }

    /** The keyword in upper case, for comparisons. */
    public String name() {
        return name;
    }

    /** Whether {@code name} is one of the instruction names of the Dockerfile reference. */
    public boolean isKnown() {
        return known;
    }

    /** Whether this is the instruction {@code name} (any case). */
    public boolean is(String upperName) {
        return name.equals(upperName);
    }

    /** Where the keyword sits. */
    public TextRange keywordRange() {
        return keywordRange;
    }

    /** From the keyword to the end of the arguments or of the last heredoc. */
    public TextRange range() {
        return range;
    }

    /** The 1-based line the instruction starts on (the line findings are reported on). */
    public int line() {
        return line;
    }

    /** The 1-based last line, heredoc bodies and continuation lines included. */
    public int endLine() {
        return endLine;
    }

    /** Its {@code --flags}, in order. */
    public List<Flag> flags() {
        return flags;
    }

    /** The flag {@code --name}, if given. */
    public Optional<Flag> flag(String flagName) {
        return flags.stream().filter(f -> f.name().equalsIgnoreCase(flagName)).findFirst();
    }

    /** The arguments after the keyword and flags, trimmed, with line continuations (and comment lines) removed. */
    public MappedText arguments() {
        return arguments;
    }

    /** Whether the arguments are a JSON array of strings ({@code CMD ["python", "app.py"]}). */
    public boolean isJsonForm() {
        return json != null;
    }

    /** The JSON-form arguments, or an empty list in shell form. */
    public List<String> jsonArguments() {
        return json == null ? List.of() : json;
    }

    /** The arguments split into shell-like words, quotes removed (for JSON form: each array element). */
    public List<Word> words() {
        return words;
    }

    /**
     * The names an ENV, LABEL or ARG declares: the key of each {@code KEY=value} (or bare ARG name), or the first
     * word of the legacy {@code KEY value} form of ENV and LABEL.
     */
    public List<String> declaredNames() {
        if (words.isEmpty()) {
            return List.of();
        }
        if (!is("ARG") && words.getFirst().value().indexOf('=') < 0) {
            return List.of(words.getFirst().value());
        }
        List<String> names = new ArrayList<>();
        for (Word w : words) {
            int eq = w.value().indexOf('=');
            String declared = eq < 0 ? w.value() : w.value().substring(0, eq);
            if (!declared.isEmpty()) {
                names.add(declared);
            }
        }
        return names;
    }

    /** Heredocs of RUN, COPY and ADD, in the order they appear. */
    public List<Heredoc> heredocs() {
        return heredocs;
    }

    /** Where the line-continuation characters sit. */
    public List<TextRange> continuations() {
        return continuations;
    }

    /** For ONBUILD, the instruction it triggers. */
    public Optional<Instruction> triggered() {
        return Optional.ofNullable(triggered);
    }

    @Override
    public String toString() {
        return line + ": " + keyword + " " + arguments.text();
    }
}
