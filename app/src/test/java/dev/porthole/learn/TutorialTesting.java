package dev.porthole.learn;

import dev.porthole.build.BuildEvent;
import dev.porthole.engine.Engine;
import dev.porthole.engine.Subscription;
import dev.porthole.testing.TestImages;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static org.assertj.core.api.Assertions.assertThat;

/** A tutorial of the test's own (its own label value and image names) and the build a user starts with a button. */
final class TutorialTesting {

    private TutorialTesting() {
    }

    /** A tutorial whose objects are told apart from every other run's, and also carry the test label. */
    static Tutorial ownTutorial() {
        String run = TestImages.uniqueName("learn").substring("porthole-it-".length());
        return new Tutorial(Map.of(Tutorial.LABEL, run, TEST_LABEL, "true"), "porthole-tutorial-" + run);
    }

    /** Plans, prepares and builds {@code kind} as the Build button does; returns the build's last event. */
    static BuildEvent build(Engine engine, TutorialBuilds builds, TutorialBuilds.Kind kind) throws Exception {
        TutorialBuilds.Plan plan = builds.plan(kind);
        List<String> notes = builds.prepare(plan);
        assertThat(notes).as("a static busybox is at /bin/busybox").isEmpty();
        CompletableFuture<BuildEvent> end = new CompletableFuture<>();
        try (Subscription ignored = builds.start(engine, plan, e -> {
            if (e instanceof BuildEvent.Succeeded || e instanceof BuildEvent.Failed
                    || e instanceof BuildEvent.Cancelled) {
                end.complete(e);
            }
        })) {
            BuildEvent last = end.get(3, TimeUnit.MINUTES);
            assertThat(last).as("the " + kind + " build").isInstanceOf(BuildEvent.Succeeded.class);
            return last;
        }
    }

    /** Builds for {@code tutorial} in {@code workDir}, recording in the ledger kept there. */
    static TutorialBuilds builds(Tutorial tutorial, Path workDir) {
        return new TutorialBuilds(tutorial, workDir, Path.of("/bin/busybox"), new TutorialLedger(workDir));
    }

    /** The resources of {@code tutorial} with the ledger kept in {@code workDir}. */
    static TutorialResources resources(Tutorial tutorial, Path workDir) {
        return new TutorialResources(tutorial, new TutorialLedger(workDir));
    }
}
