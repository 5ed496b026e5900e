package dev.porthole.learn;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.RunSpec;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/** The tutorial's clean-up on the real engine removes exactly what the tutorial created. */
class TutorialCleanupIT {

    private static Engine engine;

    @BeforeAll
    static void connect() {
        engine = TestEngines.assumeEngine();
    }

    @AfterAll
    static void close() {
        TestImages.cleanupAndClose(engine);
    }

    @Test
    void cleanUpRemovesTheTutorialsObjectsAndNothingThatOnlyLooksLikeThem(@TempDir Path work) throws Exception {
        Tutorial tutorial = TutorialTesting.ownTutorial();
        TutorialBuilds builds = TutorialTesting.builds(tutorial, work);
        TutorialTesting.build(engine, builds, TutorialBuilds.Kind.HELLO);
        TutorialResources resources = TutorialTesting.resources(tutorial, work);
        String ours = resources.runHello(engine);

        // look-alikes the tutorial did not create: an unlabelled image under the tutorial's own name prefix, and a
        // container the user started from the tutorial's image (it inherits the image's labels)
        String lookalikeImage = TestImages.buildImage(engine, tutorial.namePrefix() + "/lookalike:latest",
                "LABEL dev.porthole.test.lookalike=" + tutorial.namePrefix());
        String lookalikeContainer = TestImages.run(engine, new RunSpec(tutorial.helloImage(), null,
                List.of("sh", "-c", "echo look-alike"), List.of(), List.of(), List.of(), "no", false,
                Map.of(TEST_LABEL, "true")));
        // and the user's own name for the tutorial's image: the image must stay under it
        String usersName = TestImages.uniqueName("users-name");
        engine.tagImage(tutorial.helloImage(), usersName, "latest");
        TestImages.trackImage(engine, usersName + ":latest");

        TutorialResources.Created created = resources.list(engine);
        assertThat(engine.findContainer(lookalikeContainer).labels()).containsAllEntriesOf(tutorial.labels());
        assertThat(created.containers()).extracting(c -> c.id()).containsExactly(ours);
        assertThat(created.images()).hasSize(1);
        assertThat(created.removals()).extracting(TutorialResources.Removal::target)
                .containsExactly(ours, tutorial.helloImage());

        TutorialResources.CleanupResult result = resources.cleanUp(engine, created);

        assertThat(result.problems()).isEmpty();
        assertThat(result.removed()).hasSize(2);
        assertThat(engine.findContainer(ours)).isNull();
        assertThat(engine.findContainer(lookalikeContainer)).as("the container the user started survives").isNotNull();
        List<String> tags = engine.listImages().stream().flatMap(i -> i.repoTags().stream()).toList();
        assertThat(tags).doesNotContain(tutorial.helloImage());
        assertThat(tags).as("the unlabelled image and the user's name survive")
                .contains(lookalikeImage, usersName + ":latest");
        assertThat(resources.list(engine).isEmpty()).isTrue();
        // the look-alike container used the tutorial image: gone with the test cleanup, then the image can go
        engine.removeContainer(lookalikeContainer, true);
        removeQuietly(usersName + ":latest");
    }

    @Test
    void cleanUpSkipsAnObjectThatLostTheLabelSinceItWasListed(@TempDir Path work) throws Exception {
        Tutorial tutorial = TutorialTesting.ownTutorial();
        TutorialTesting.build(engine, TutorialTesting.builds(tutorial, work), TutorialBuilds.Kind.HELLO);
        TutorialResources resources = TutorialTesting.resources(tutorial, work);
        TutorialResources.Created created = resources.list(engine);
        ImageSummary hello = created.images().getFirst();

        // between listing and clean-up, the name moved to an image that is not the tutorial's
        String other = TestImages.buildImage(engine, TestImages.uniqueName("other") + ":latest",
                "LABEL dev.porthole.test.other=" + tutorial.namePrefix());
        String[] repoTag = tutorial.helloImage().split(":");
        engine.tagImage(other, repoTag[0], repoTag[1]);
        TestImages.trackImage(engine, tutorial.helloImage());

        TutorialResources.CleanupResult result = resources.cleanUp(engine, created);

        assertThat(result.removed()).isEmpty();
        assertThat(engine.listImages().stream().filter(i -> i.repoTags().contains(tutorial.helloImage())))
                .as("the other image keeps the name").singleElement()
                .satisfies(i -> assertThat(i.id()).isNotEqualTo(hello.id()));
        // the tutorial image, now untagged, is still listed as the tutorial's: a second clean-up removes it
        TutorialResources.Created again = resources.list(engine);
        assertThat(again.images()).extracting(ImageSummary::id).containsExactly(hello.id());
        assertThat(resources.cleanUp(engine, again).problems()).isEmpty();
        assertThat(engine.listImages()).extracting(ImageSummary::id).doesNotContain(hello.id());
    }

    private static void removeQuietly(String ref) {
        try {
            engine.removeImage(ref, false);
        } catch (EngineException e) {
            System.out.println("Could not remove " + ref + ": " + e.getMessage());
        }
    }
}
