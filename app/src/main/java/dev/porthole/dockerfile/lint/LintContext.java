package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.dockerfile.Instruction;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** What rule families check: the parsed file, and each RUN's shell commands worked out once for all of them. */
public final class LintContext {

    private final Dockerfile file;
    private final Map<Instruction, RunScript> scripts = new IdentityHashMap<>();

    LintContext(Dockerfile file) {
        this.file = file;
    }

    /** The parsed file. */
    public Dockerfile file() {
        return file;
    }

    /** Every RUN instruction, in order. */
    List<Instruction> runs() {
        return file.instructions().stream().filter(i -> i.is("RUN")).toList();
    }

    /** The shell commands of a RUN. */
    RunScript script(Instruction run) {
        return scripts.computeIfAbsent(run, RunScript::of);
    }
}
