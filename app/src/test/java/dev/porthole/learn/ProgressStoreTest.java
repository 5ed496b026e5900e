package dev.porthole.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressStoreTest {

    private static final Lesson LESSON = new Lesson("l", "L", 1, false, "", List.of(
            new Step("a", "A", "a", null, null), new Step("b", "B", "b", null, null)));

    @Test
    void doneStepsSurviveARestart(@TempDir Path dir) {
        ProgressStore store = new ProgressStore(dir);
        assertThat(store.isDone("l", "a")).isFalse();
        assertThat(store.markDone("l", "a")).isTrue();
        assertThat(store.markDone("l", "a")).isFalse();

        ProgressStore again = new ProgressStore(dir);
        assertThat(again.isDone("l", "a")).isTrue();
        assertThat(again.isDone("l", "b")).isFalse();
        assertThat(again.doneCount(LESSON)).isEqualTo(1);
        assertThat(again.isComplete(LESSON)).isFalse();
        again.markDone("l", "b");
        assertThat(new ProgressStore(dir).isComplete(LESSON)).isTrue();
    }

    @Test
    void progressIsPerLessonAndResetForgetsOnlyThatLesson(@TempDir Path dir) {
        ProgressStore store = new ProgressStore(dir);
        store.markDone("l", "a");
        store.markDone("other", "a");
        store.reset(LESSON);
        ProgressStore again = new ProgressStore(dir);
        assertThat(again.isDone("l", "a")).isFalse();
        assertThat(again.isDone("other", "a")).isTrue();
    }

    @Test
    void aMissingFolderIsCreatedOnTheFirstSave(@TempDir Path dir) {
        Path config = dir.resolve("not/yet");
        new ProgressStore(config).markDone("l", "a");
        assertThat(config.resolve(ProgressStore.FILE)).isRegularFile();
        assertThat(new ProgressStore(config).isDone("l", "a")).isTrue();
    }

    @Test
    void anUnreadableFileStartsAfreshAndSaysWhy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(ProgressStore.FILE), "l.a=done\n\\u12");
        ProgressStore store = new ProgressStore(dir);
        assertThat(store.problem()).contains(ProgressStore.FILE);
        assertThat(store.isDone("l", "a")).isFalse();
        store.markDone("l", "b");
        assertThat(store.problem()).isNull();
    }
}
