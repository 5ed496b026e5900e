package dev.porthole.learn;

import java.util.List;
import java.util.Optional;

/**
 * One lesson: a title, a short introduction and a few steps.
 *
 * @param id          stable id (progress is saved under it)
 * @param title       the lesson's title
 * @param minutes     about how long it takes to walk through
 * @param needsEngine whether its steps need a container engine that answers
 * @param intro       the text above the steps, Markdown
 * @param steps       the steps, in order
 */
public record Lesson(String id, String title, int minutes, boolean needsEngine, String intro, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    /** The step with this id. */
    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }
}
