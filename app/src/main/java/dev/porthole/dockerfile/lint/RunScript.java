package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Heredoc;
import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.TextRange;
import dev.porthole.dockerfile.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a RUN executes, as shell commands: its shell-form arguments, plus the body of each heredoc that is run
 * as a script ({@code RUN <<EOF} or {@code RUN bash <<EOF}); a JSON-form RUN is one command, no shell.
 */
final class RunScript {

    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "/bin/sh",
            "/bin/bash", "/bin/ash", "/bin/dash", "/bin/zsh", "/usr/bin/env");

    private final Instruction run;
    private final ShellScript arguments;
    private final List<ShellCommand> commands;
    private final List<Heredoc> scriptHeredocs;
    private final boolean pipe;

    private RunScript(Instruction run, ShellScript arguments, List<ShellCommand> commands,
                      List<Heredoc> scriptHeredocs, boolean pipe) {
        this.run = run;
        this.arguments = arguments;
        this.commands = List.copyOf(commands);
        this.scriptHeredocs = List.copyOf(scriptHeredocs);
        this.pipe = pipe;
    }

    /** The script of a RUN instruction. */
    static RunScript of(Instruction run) {
        if (run.isJsonForm()) {
            List<ShellWord> words = new ArrayList<>();
            for (Word w : run.words()) {
                words.add(new ShellWord(w.value(), w.source()));
            }
            List<ShellCommand> one = words.isEmpty() ? List.of() : List.of(new ShellCommand(words, null, List.of()));
            return new RunScript(run, null, one, List.of(), false);
        }
        ShellScript args = ShellScript.parse(run.arguments());
        List<ShellCommand> commands = new ArrayList<>();
        List<Heredoc> scripts = new ArrayList<>();
        boolean pipe = args.hasPipe();
        int heredocIndex = 0;
        for (ShellCommand c : args.commands()) {
            commands.add(c);
            for (int k = 0; k < c.heredocs().size() && heredocIndex < run.heredocs().size(); k++) {
                Heredoc h = run.heredocs().get(heredocIndex++);
                String name = c.name();
                if (name.isEmpty() || SHELLS.contains(name)) {
                    ShellScript body = ShellScript.parse(h.body());
                    commands.addAll(body.commands());
                    scripts.add(h);
                    pipe |= body.hasPipe();
                }
            }
        }
        return new RunScript(run, args, commands, scripts, pipe);
    }

    /** The RUN instruction. */
    Instruction instruction() {
        return run;
    }

    /** Every command it runs, heredoc scripts included. */
    List<ShellCommand> commands() {
        return commands;
    }

    /** Whether some command pipes into another. */
    boolean hasPipe() {
        return pipe;
    }

    /** The shell-form arguments script, or null for JSON form. */
    ShellScript arguments() {
        return arguments;
    }

    /** The heredocs run as shell scripts. */
    List<Heredoc> scriptHeredocs() {
        return scriptHeredocs;
    }

    /** Whether {@code range} lies in the body of one of its heredoc scripts. */
    Heredoc heredocHolding(TextRange range) {
        for (Heredoc h : scriptHeredocs) {
            if (range.start() >= h.bodyRange().start() && range.end() <= h.bodyRange().end()) {
                return h;
            }
        }
        return null;
    }
}
