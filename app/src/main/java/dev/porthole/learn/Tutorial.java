package dev.porthole.learn;

import dev.porthole.model.RunSpec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What marks the tutorial's own engine objects, and the names it gives them. Everything the tutorial creates
 * carries all of {@link #labels()}; clean-up only ever touches objects that carry them.
 *
 * @param labels     labels put on every image and container the tutorial creates
 * @param namePrefix repository prefix of its images ({@code PREFIX/hello:latest}…)
 */
public record Tutorial(Map<String, String> labels, String namePrefix) {

    /** The label key the tutorial's objects carry. */
    public static final String LABEL = "dev.porthole.tutorial";

    /** The command the tutorial's first container runs: ten numbered lines, one a second. */
    static final List<String> HELLO_COMMAND = List.of("sh", "-c",
            "i=1; while [ $i -le 10 ]; do echo \"Hello from your container, line $i of 10\"; i=$((i+1)); sleep 1; done");

    public Tutorial {
        labels = Map.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("the tutorial's objects need a label to be told apart");
        }
    }

    /** The tutorial as users get it: label {@code dev.porthole.tutorial=true}, images {@code porthole-tutorial/…}. */
    public static Tutorial standard() {
        return new Tutorial(Map.of(LABEL, "true"), "porthole-tutorial");
    }

    /** The image lessons 3 to 6 build and use. */
    public String helloImage() {
        return namePrefix + "/hello:latest";
    }

    /** Lesson 5's image whose later layer deletes a file an earlier one wrote. */
    public String wastefulImage() {
        return namePrefix + "/wasteful:latest";
    }

    /** Lesson 5's fixed image: the file is written and removed in the same layer. */
    public String fixedImage() {
        return namePrefix + "/fixed:latest";
    }

    /** Whether an object with these labels is the tutorial's. */
    public boolean owns(Map<String, String> objectLabels) {
        return labels.entrySet().stream().allMatch(e -> e.getValue().equals(objectLabels.get(e.getKey())));
    }

    /** Whether {@code repoTag} is one of the names the tutorial gives (Podman may prefix docker.io/ or localhost/). */
    public boolean ownsName(String repoTag) {
        return repoTag.startsWith(namePrefix + "/") || repoTag.contains("/" + namePrefix + "/");
    }

    /** The first container of lesson 4: the hello image printing ten lines, labelled. */
    public RunSpec helloRun() {
        return new RunSpec(helloImage(), null, HELLO_COMMAND, List.of(), List.of(), List.of(), "no", false, labels);
    }

    /** The {@code --label k=v} flags, in a stable order. */
    public String labelFlags() {
        return new TreeMap<>(labels).entrySet().stream().map(e -> "--label " + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /** The docker command equivalent to {@link #helloRun()}. */
    public String helloRunCommand() {
        return "docker run " + labelFlags() + " " + helloImage() + " " + HELLO_COMMAND.get(0) + " "
                + HELLO_COMMAND.get(1) + " '" + HELLO_COMMAND.get(2) + "'";
    }
}
