package dev.porthole.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A build stage: a FROM and the instructions after it up to the next FROM.
 *
 * @param index        0-based position among the stages
 * @param from         the FROM instruction
 * @param image        the image (or earlier stage) it starts from, as written; empty when FROM lacks it
 * @param name         the name after {@code AS}, or null
 * @param asWord       the {@code AS} keyword as written, or null
 * @param instructions the instructions after the FROM, in order
 */
public record Stage(int index, Instruction from, String image, String name, Word asWord,
                    List<Instruction> instructions) {

    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** Whether the stage has this name, compared case-insensitively as the builder does. */
    public boolean isNamed(String other) {
        return name != null && other != null && name.equalsIgnoreCase(other);
    }

    /** The stage name in lower case, or empty when unnamed. */
    public Optional<String> normalizedName() {
        return Optional.ofNullable(name).map(n -> n.toLowerCase(Locale.ROOT));
    }

    /** The instructions of this stage named {@code upperName} (RUN, COPY…), in order. */
    public List<Instruction> all(String upperName) {
        return instructions.stream().filter(i -> i.is(upperName)).toList();
    }
}
