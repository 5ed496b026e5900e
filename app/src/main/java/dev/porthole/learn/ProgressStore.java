package dev.porthole.learn;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Which lesson steps are done, kept in {@code learn-progress.properties} in the config folder as
 * {@code LESSON.STEP=done} lines. Written at once on every change (through a temporary file, so a crash never
 * leaves half a file); a missing or unreadable file means no progress yet. Safe to use from any thread.
 */
public final class ProgressStore {

    /** The file's name in the config folder. */
    public static final String FILE = "learn-progress.properties";

    private final Path file;
    private final Properties done = new Properties();
    private String problem;

    /** The store in {@code configDir}, read now. */
    public ProgressStore(Path configDir) {
        this.file = configDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                done.load(in);
            } catch (IOException | IllegalArgumentException e) {
                done.clear();
                problem = "Could not read the tutorial progress in " + file + " (" + e.getMessage()
                        + "): starting afresh.";
            }
        }
    }

    /** The file progress is kept in. */
    public Path file() {
        return file;
    }

    /** Why saved progress could not be read or written, or null when all is well. */
    public synchronized String problem() {
        return problem;
    }

    /** Whether this step is done. */
    public synchronized boolean isDone(String lessonId, String stepId) {
        return done.containsKey(key(lessonId, stepId));
    }

    /** How many of the lesson's steps are done. */
    public synchronized int doneCount(Lesson lesson) {
        return (int) lesson.steps().stream().filter(s -> isDone(lesson.id(), s.id())).count();
    }

    /** Whether every step of the lesson is done. */
    public synchronized boolean isComplete(Lesson lesson) {
        return doneCount(lesson) == lesson.steps().size();
    }

    /** Marks a step done and saves; returns false when it already was. */
    public synchronized boolean markDone(String lessonId, String stepId) {
        if (done.setProperty(key(lessonId, stepId), "done") != null) {
            return false;
        }
        save();
        return true;
    }

    /** Forgets the lesson's progress (to walk it again) and saves. */
    public synchronized void reset(Lesson lesson) {
        lesson.steps().forEach(s -> done.remove(key(lesson.id(), s.id())));
        save();
    }

    private static String key(String lessonId, String stepId) {
        return lessonId + "." + stepId;
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                done.store(out, "Porthole tutorial progress: LESSON.STEP=done");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            problem = null;
        } catch (IOException e) {
            problem = "Could not save the tutorial progress to " + file + ": " + e.getMessage();
            throw new UncheckedIOException(problem, e);
        }
    }
}
