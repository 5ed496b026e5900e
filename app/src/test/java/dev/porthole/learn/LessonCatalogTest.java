package dev.porthole.learn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonCatalogTest {

    @Test
    void shippedCatalogHasTheSevenLessonsInOrder() {
        LessonCatalog catalog = LessonCatalog.load();
        assertThat(catalog.lessons()).extracting(Lesson::id).containsExactly("engine-parts", "dockerfile-anatomy",
                "first-build", "run-and-logs", "layers", "from-scratch", "wider-world");
        assertThat(catalog.lessons()).allSatisfy(l -> {
            assertThat(l.title()).isNotBlank();
            assertThat(l.steps()).isNotEmpty().allSatisfy(s -> assertThat(s.body()).isNotBlank());
            assertThat(l.minutes()).isPositive();
        });
    }

    @Test
    void lessonsThatNeedAnEngineSaySoAndTheReadingLessonDoesNot() {
        LessonCatalog catalog = LessonCatalog.load();
        assertThat(catalog.lessons()).filteredOn(Lesson::needsEngine).extracting(Lesson::id)
                .containsExactly("engine-parts", "first-build", "run-and-logs", "layers", "from-scratch");
        Lesson wider = catalog.lesson("wider-world").orElseThrow();
        assertThat(wider.steps()).allMatch(Step::reading);
        assertThat(String.join("\n", wider.steps().stream().map(Step::body).toList()))
                .contains("Kata Containers", "CRI-O", "Podman", "LXC", "OCI");
    }

    @Test
    void engineStepsAreCompletedByChecksNotByReading() {
        LessonCatalog catalog = LessonCatalog.load();
        assertThat(catalog.lesson("first-build").orElseThrow().step("build").orElseThrow().check())
                .isEqualTo(StepChecks.IMAGE_BUILT);
        assertThat(catalog.lesson("run-and-logs").orElseThrow().steps()).extracting(Step::check)
                .containsExactly(StepChecks.CONTAINER_RAN, StepChecks.LOGS_SHOWN, null);
        assertThat(catalog.lesson("layers").orElseThrow().steps()).extracting(Step::check)
                .containsExactly(StepChecks.LAYERS_SHOWN, StepChecks.WASTEFUL_BUILT, StepChecks.FIXED_BUILT);
    }

    @Test
    void parsesTitleMetadataIntroAndStepsAndKeepsHeadingsInCodeBlocks() {
        Lesson l = LessonCatalog.parse("t.md", """
                # A lesson
                <!-- lesson id=demo minutes=2 needs=engine -->

                The intro.

                ## First
                <!-- step id=one action=build-hello check=image-built -->

                Body one.
                ```
                ## not a step
                ```

                ## Second
                <!-- step id=two -->
                ### A sub-heading
                Body two.
                """);
        assertThat(l.id()).isEqualTo("demo");
        assertThat(l.title()).isEqualTo("A lesson");
        assertThat(l.minutes()).isEqualTo(2);
        assertThat(l.needsEngine()).isTrue();
        assertThat(l.intro()).isEqualTo("The intro.");
        assertThat(l.steps()).extracting(Step::id).containsExactly("one", "two");
        assertThat(l.steps().get(0).body()).contains("Body one.", "## not a step");
        assertThat(l.steps().get(0).action()).isEqualTo("build-hello");
        assertThat(l.steps().get(1).reading()).isTrue();
        assertThat(l.steps().get(1).body()).startsWith("### A sub-heading");
    }

    @Test
    void malformedFilesFailWithTheFileAndWhatIsMissing() {
        assertThatThrownBy(() -> LessonCatalog.parse("x.md", "# T\n\n## S\n<!-- step id=s -->\ntext\n"))
                .hasMessageContaining("x.md").hasMessageContaining("lesson id");
        assertThatThrownBy(() -> LessonCatalog.parse("y.md", "# T\n<!-- lesson id=t -->\n## S\ntext\n"))
                .hasMessageContaining("y.md").hasMessageContaining("step id");
        assertThatThrownBy(() -> LessonCatalog.parse("z.md",
                "# T\n<!-- lesson id=t -->\n## S\n<!-- step id=s check=magic -->\n"))
                .hasMessageContaining("unknown check 'magic'");
        assertThatThrownBy(() -> LessonCatalog.of(List.of(
                LessonCatalog.parse("a.md", "# A\n<!-- lesson id=same -->\n## S\n<!-- step id=s -->\n"),
                LessonCatalog.parse("b.md", "# B\n<!-- lesson id=same -->\n## S\n<!-- step id=s -->\n"))))
                .hasMessageContaining("same");
    }
}
