package dev.porthole.engine;

import dev.porthole.model.LayerProgress;
import dev.porthole.model.LayerState;
import dev.porthole.model.TransferEvent;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.testing.TestRegistries;
import dev.porthole.testing.TestRegistries.Recorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Push to and pull from the local registry on 127.0.0.1:5000, with per-layer progress and clear failures. */
class RegistryTransferIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String REPOSITORY = "porthole-test/transfer-" + RUN;

    private static Engine engine;
    private static String registry;
    private static String pushedDigest;

    @BeforeAll
    static void openEngine() {
        engine = TestEngines.assumeEngine();
        registry = TestRegistries.assumePlain();
    }

    @AfterAll
    static void cleanUp() {
        if (engine == null) {
            return;
        }
        try {
            TestImages.cleanup(engine);
        } finally {
            if (pushedDigest != null) {
                TestRegistries.deleteManifest(registry, REPOSITORY, pushedDigest);
            }
            engine.close();
        }
    }

    @Test
    void pushShowsEachLayerAndPullBringsTheImageBack() {
        String reference = registry + "/" + REPOSITORY + ":1";
        // a layer of its own (random content), so the registry cannot already have it
        TestImages.buildImage(engine, reference, "RUN echo " + RUN + " > /run-id");

        Recorder push = Recorder.push(engine, reference, null);

        assertThat(push.last()).isInstanceOf(TransferEvent.Finished.class);
        pushedDigest = ((TransferEvent.Finished) push.last()).digest();
        assertThat(pushedDigest).startsWith("sha256:");
        Map<String, List<LayerState>> pushStates = statesById(push.events());
        assertThat(pushStates).isNotEmpty();
        assertThat(pushStates.keySet()).allMatch(id -> id.matches("[0-9a-f]{12}"));
        // every layer ends pushed or already there, and the new one was really sent
        assertThat(pushStates.values()).allMatch(states -> states.getLast().finished());
        assertThat(pushStates.values()).anyMatch(states -> states.contains(LayerState.PUSHING)
                && states.getLast() == LayerState.DONE);

        engine.removeImage(reference, false);
        assertThat(engine.listImages()).noneMatch(i -> i.repoTags().contains(reference));

        Recorder pull = Recorder.pull(engine, reference, null);
        TestImages.trackImage(engine, reference);

        assertThat(pull.last()).isInstanceOf(TransferEvent.Finished.class);
        Map<String, List<LayerState>> pullStates = statesById(pull.events());
        assertThat(pullStates.keySet()).allMatch(id -> id.matches("[0-9a-f]{12}"));
        assertThat(pullStates.values()).allMatch(states -> states.getLast().finished());
        // the busybox layer is still here; the image's own layer comes down and is extracted
        assertThat(pullStates.values()).anyMatch(states -> states.getLast() == LayerState.DONE);
        assertThat(pull.events()).anyMatch(e -> e instanceof TransferEvent.Status s && s.text().contains(pushedDigest));
        assertThat(engine.listImages()).anyMatch(i -> i.repoTags().contains(reference));
    }

    @Test
    void pullingAnUnknownImageSaysTheRegistryHasNoSuchRepository() {
        Recorder pull = Recorder.pull(engine, registry + "/porthole-test/no-such-" + RUN, null);

        assertThat(pull.last()).isInstanceOf(TransferEvent.Failed.class);
        String message = ((TransferEvent.Failed) pull.last()).message();
        System.out.println("unknown image: " + message);
        assertThat(message).contains("registry " + registry).contains("porthole-test/no-such-" + RUN)
                .contains("has no repository");
    }

    @Test
    void pullingAMissingTagNamesTheTag() {
        String reference = registry + "/" + REPOSITORY + "-tags:1";
        TestImages.buildImage(engine, reference, "LABEL run=" + RUN);
        Recorder push = Recorder.push(engine, reference, null);
        assertThat(push.last()).isInstanceOf(TransferEvent.Finished.class);
        try {
            Recorder pull = Recorder.pull(engine, registry + "/" + REPOSITORY + "-tags:no-such-tag", null);

            assertThat(pull.last()).isInstanceOf(TransferEvent.Failed.class);
            String message = ((TransferEvent.Failed) pull.last()).message();
            System.out.println("missing tag: " + message);
            assertThat(message).contains(REPOSITORY + "-tags has no tag no-such-tag in registry " + registry)
                    .contains("Its tags: 1");
        } finally {
            TestRegistries.deleteManifest(registry, REPOSITORY + "-tags",
                    ((TransferEvent.Finished) push.last()).digest());
        }
    }

    @Test
    void anUnreachableRegistryIsNamed() {
        Recorder pull = Recorder.pull(engine, "127.0.0.1:5999/porthole-test/any:1", null);

        assertThat(pull.last()).isInstanceOf(TransferEvent.Failed.class);
        String message = ((TransferEvent.Failed) pull.last()).message();
        System.out.println("unreachable: " + message);
        assertThat(message).contains("registry 127.0.0.1:5999 cannot be reached").contains("connection refused");
    }

    @Test
    void pushingAnImageThatIsNotHereSaysSo() {
        Recorder push = Recorder.push(engine, registry + "/porthole-test/not-here-" + RUN + ":1", null);

        assertThat(push.last()).isInstanceOf(TransferEvent.Failed.class);
        assertThat(((TransferEvent.Failed) push.last()).message()).contains("there is no local image by that name");
    }

    @Test
    void cancellingAPullEndsItOnce() {
        Recorder pull = new Recorder();
        Subscription s = engine.pullImage("127.0.0.1:5999/porthole-test/any:1", null, pull::accept);
        s.close();
        s.close();
        TransferEvent end = pull.awaitEnd(s);
        assertThat(end.ending()).isTrue();
        assertThat(pull.events().stream().filter(TransferEvent::ending).count()).isEqualTo(1);
    }

    private static Map<String, List<LayerState>> statesById(List<TransferEvent> events) {
        return events.stream().filter(e -> e instanceof TransferEvent.Layer)
                .map(e -> ((TransferEvent.Layer) e).layer())
                .collect(Collectors.groupingBy(LayerProgress::id, java.util.LinkedHashMap::new,
                        Collectors.mapping(LayerProgress::state, Collectors.toList())));
    }
}
