package dev.porthole.learn;

/**
 * One step of a lesson.
 *
 * @param id     stable id, unique in its lesson (progress is saved under it)
 * @param title  the step's heading
 * @param body   the step's text, Markdown
 * @param action what the step offers to do (see {@link StepChecks} and the Learn page), or null for none
 * @param check  the engine check that completes it, or null for a reading step the user marks as read
 */
public record Step(String id, String title, String body, String action, String check) {

    /** A step that completes when the user says they have read it, not by watching the engine. */
    public boolean reading() {
        return check == null;
    }
}
