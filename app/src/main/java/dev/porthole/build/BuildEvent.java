package dev.porthole.build;

/** What a running build reports, in order: output and steps, then exactly one of the three endings. */
public sealed interface BuildEvent {

    /** Text the builder printed (may hold several lines). */
    record Output(String text) implements BuildEvent {
    }

    /** The builder started step {@code number} of {@code total}: the instruction as it echoes it. */
    record Step(int number, int total, String instruction) implements BuildEvent {
    }

    /** The image was built. */
    record Succeeded(String imageId) implements BuildEvent {
    }

    /** The build failed during {@code step} (0 when no step had started). */
    record Failed(String message, int step) implements BuildEvent {
    }

    /** The caller cancelled the build. */
    record Cancelled() implements BuildEvent {
    }
}
