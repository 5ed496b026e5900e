package dev.porthole.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A parsed Dockerfile: what {@link DockerfileParser} found, with line numbers and offsets into {@link #text()}. */
public final class Dockerfile {

    private final String text;
    private final LineIndex lines;
    private final char escape;
    private final List<Directive> directives;
    private final List<Comment> comments;
    private final List<Instruction> instructions;
    private final List<ParseProblem> problems;
    private final List<Stage> stages;

    Dockerfile(String text, LineIndex lines, char escape, List<Directive> directives, List<Comment> comments,
               List<Instruction> instructions, List<ParseProblem> problems) {
        this.text = text;
        this.lines = lines;
        this.escape = escape;
        this.directives = List.copyOf(directives);
        this.comments = List.copyOf(comments);
        this.instructions = List.copyOf(instructions);
        this.problems = List.copyOf(problems);
        this.stages = StageSplitter.split(this.instructions);
    }

    /** The text that was parsed. */
    public String text() {
        return text;
    }

    /** Line starts of the text. */
    public LineIndex lines() {
        return lines;
    }

    /** The escape character: {@code \} unless an {@code # escape=`} directive says otherwise. */
    public char escape() {
        return escape;
    }

    /** The parser directives at the top. */
    public List<Directive> directives() {
        return directives;
    }

    /** Every comment line, those inside continued instructions included. */
    public List<Comment> comments() {
        return comments;
    }

    /** Every instruction, in order. */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** What could not be parsed (unknown instructions, missing arguments, unclosed heredocs…). */
    public List<ParseProblem> problems() {
        return problems;
    }

    /** The build stages, FROM to FROM; instructions before the first FROM belong to none. */
    public List<Stage> stages() {
        return stages;
    }

    /** The stage an instruction belongs to, if any. */
    public Optional<Stage> stageOf(Instruction instruction) {
        for (Stage stage : stages) {
            if (stage.from() == instruction || stage.instructions().contains(instruction)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The instruction covering the 1-based {@code line} (its continuation and heredoc lines included). */
    public Optional<Instruction> instructionAt(int line) {
        int lo = 0;
        int hi = instructions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Instruction i = instructions.get(mid);
            if (line < i.line()) {
                hi = mid - 1;
            } else if (line > i.endLine()) {
                lo = mid + 1;
            } else {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The comment on the 1-based {@code line}, if that line is one. */
    public Optional<Comment> commentAt(int line) {
        return comments.stream().filter(c -> c.line() == line).findFirst();
    }

    /** The directive on the 1-based {@code line}, if that line is one. */
    public Optional<Directive> directiveAt(int line) {
        return directives.stream().filter(d -> d.line() == line).findFirst();
    }

    /** The line break the file uses ({@code "\r\n"} when its first break is one), for text that fixes insert. */
    public String lineBreak() {
        int n = text.indexOf('\n');
        return n > 0 && text.charAt(n - 1) == '\r' ? "\r\n" : "\n";
    }

    /** Splits instructions into stages. */
    private static final class StageSplitter {

        static List<Stage> split(List<Instruction> instructions) {
            List<Stage> stages = new ArrayList<>();
            Instruction from = null;
            List<Instruction> body = new ArrayList<>();
            for (Instruction i : instructions) {
                if (i.is("FROM")) {
                    if (from != null) {
                        stages.add(stage(stages.size(), from, body));
                    }
                    from = i;
                    body = new ArrayList<>();
                } else if (from != null) {
                    body.add(i);
                }
            }
            if (from != null) {
                stages.add(stage(stages.size(), from, body));
            }
            return List.copyOf(stages);
        }

        private static Stage stage(int index, Instruction from, List<Instruction> body) {
            List<Word> w = from.words();
            String image = w.isEmpty() ? "" : w.getFirst().value();
            Word as = w.size() >= 3 && w.get(1).value().equalsIgnoreCase("as") ? w.get(1) : null;
            String name = as != null ? w.get(2).value() : null;
            return new Stage(index, from, image, name, as, body);
        }
    }
}
