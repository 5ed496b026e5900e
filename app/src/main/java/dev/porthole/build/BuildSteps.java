package dev.porthole.build;

import dev.porthole.build.BuildEvent.Step;
import dev.porthole.dockerfile.Dockerfile;
import dev.porthole.dockerfile.Instruction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the builder's step lines and mapping a step back to its Dockerfile line. */
public final class BuildSteps {

    /** Docker's classic builder prints {@code Step 2/5 : RUN …}; Podman prints {@code STEP 2/5: RUN …}. */
    private static final Pattern STEP = Pattern.compile("(?i)^\\s*step\\s+(\\d+)/(\\d+)\\s*:\\s*(.*?)\\s*$");

    private BuildSteps() {
    }

    /** The step a line of builder output announces, if it is a step line. */
    public static Optional<Step> parse(String line) {
        Matcher m = STEP.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Step(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The 1-based line of the instruction that step {@code number} runs: the builder numbers every instruction
     * of the file in order (ARGs before the first FROM included), so step N is the N-th instruction.
     */
    public static Optional<Integer> lineOf(Dockerfile file, int number) {
        List<Instruction> all = file.instructions();
        if (number < 1 || number > all.size()) {
            return Optional.empty();
        }
        return Optional.of(all.get(number - 1).line());
    }
}
