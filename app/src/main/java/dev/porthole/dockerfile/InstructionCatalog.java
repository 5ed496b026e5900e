package dev.porthole.dockerfile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What Porthole says about each instruction (read from {@code instructions.properties}): a short summary for
 * hover, its usage, its flags for completion, and whether it adds an image layer.
 */
public final class InstructionCatalog {

    private static final InstructionCatalog STANDARD = load();

    private final Properties text;

    private InstructionCatalog(Properties text) {
        this.text = text;
    }

    /** The catalog shipped with Porthole (immutable, loaded once). */
    public static InstructionCatalog standard() {
        return STANDARD;
    }

    /** Every instruction keyword, sorted. */
    public List<String> keywords() {
        return DockerfileParser.INSTRUCTIONS.stream().sorted().toList();
    }

    /** One or two sentences on what the instruction does, or empty for an unknown keyword. */
    public String summary(String keyword) {
        return get(keyword, "summary");
    }

    /** How the instruction is written, e.g. {@code WORKDIR /path}. */
    public String usage(String keyword) {
        return get(keyword, "usage");
    }

    /** The instruction's flags ({@code --from}, {@code --mount}…), for completion. */
    public List<String> flags(String keyword) {
        String list = get(keyword, "flags");
        return list.isEmpty() ? List.of() : Arrays.stream(list.split(",")).map(String::strip).toList();
    }

    /** Whether the instruction adds a layer to the image (RUN, COPY and ADD do). */
    public boolean addsLayer(String keyword) {
        return Boolean.parseBoolean(get(keyword, "layer"));
    }

    private String get(String keyword, String key) {
        return text.getProperty(keyword.toUpperCase(Locale.ROOT) + "." + key, "");
    }

    private static InstructionCatalog load() {
        return new InstructionCatalog(BundledText.properties("/dev/porthole/dockerfile/instructions.properties"));
    }
}
