package dev.porthole.learn;

import dev.porthole.engine.Engine;
import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.ImageSummary;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks that complete lesson steps, by asking the engine what really exists (and, where the engine cannot
 * tell, what the UI saw in {@link TutorialSignals}). A check passes only once the thing it names has happened:
 * a button press alone never passes one. Every call may block on the engine: never on the FX thread.
 */
public final class StepChecks {

    /** The engine answered with its version, and it was shown. */
    public static final String ENGINE_ANSWERED = "engine-answered";
    /** The Flask template was opened in the editor. */
    public static final String TEMPLATE_OPENED = "template-opened";
    /** An image with the tutorial's label and the hello name exists. */
    public static final String IMAGE_BUILT = "image-built";
    /** A labelled container from the hello image has started (it runs or ran). */
    public static final String CONTAINER_RAN = "container-ran";
    /** A log view showed lines of such a container. */
    public static final String LOGS_SHOWN = "logs-shown";
    /** The layers view was opened on the built image. */
    public static final String LAYERS_SHOWN = "layers-shown";
    /** The wasteful experiment image exists. */
    public static final String WASTEFUL_BUILT = "wasteful-built";
    /** The fixed experiment image exists. */
    public static final String FIXED_BUILT = "fixed-built";
    /** The hello image's real size was shown next to typical base images. */
    public static final String SIZES_SHOWN = "sizes-shown";

    /** Every check a lesson file may name. */
    public static final Set<String> KNOWN = Set.of(ENGINE_ANSWERED, TEMPLATE_OPENED, IMAGE_BUILT, CONTAINER_RAN,
            LOGS_SHOWN, LAYERS_SHOWN, WASTEFUL_BUILT, FIXED_BUILT, SIZES_SHOWN);

    /** Checks that need no engine. */
    private static final Set<String> OFFLINE = Set.of(TEMPLATE_OPENED);

    private final Tutorial tutorial;
    private final TutorialSignals signals;

    public StepChecks(Tutorial tutorial, TutorialSignals signals) {
        this.tutorial = tutorial;
        this.signals = signals;
    }

    /** Whether the check needs an engine that answers. */
    public static boolean needsEngine(String check) {
        return !OFFLINE.contains(check);
    }

    /** Whether {@code check} passes now; {@code engine} may be null when none answers (engine checks fail then). */
    public boolean passes(String check, Engine engine) {
        if (!needsEngine(check)) {
            return signals.has(check);
        }
        if (engine == null) {
            return false;
        }
        return switch (check) {
            case ENGINE_ANSWERED -> signals.has(TutorialSignals.FACTS_SHOWN) && engine.info() != null;
            case IMAGE_BUILT -> image(engine, tutorial.helloImage()).isPresent();
            case CONTAINER_RAN -> !ranContainers(engine).isEmpty();
            case LOGS_SHOWN -> ranContainers(engine).stream().anyMatch(c -> signals.logsShownFor().contains(c.id()));
            case LAYERS_SHOWN -> signals.has(TutorialSignals.LAYERS_SHOWN)
                    && image(engine, tutorial.helloImage()).isPresent();
            case WASTEFUL_BUILT -> image(engine, tutorial.wastefulImage()).isPresent();
            case FIXED_BUILT -> image(engine, tutorial.fixedImage()).isPresent();
            case SIZES_SHOWN -> signals.has(TutorialSignals.SIZES_SHOWN)
                    && image(engine, tutorial.helloImage()).isPresent();
            default -> throw new IllegalArgumentException("Unknown step check " + check);
        };
    }

    /** The tutorial's image named {@code repoTag}, when it exists and carries the tutorial's label. */
    public Optional<ImageSummary> image(Engine engine, String repoTag) {
        return engine.listImages().stream().filter(i -> tutorial.owns(i.labels()))
                .filter(i -> i.repoTags().stream().anyMatch(t -> t.equals(repoTag) || t.endsWith("/" + repoTag)))
                .findFirst();
    }

    /** The tutorial's containers of the hello image that have started: running, paused, or exited after a run. */
    public List<ContainerSummary> ranContainers(Engine engine) {
        Optional<ImageSummary> hello = image(engine, tutorial.helloImage());
        if (hello.isEmpty()) {
            return List.of();
        }
        return engine.listContainers(true).stream()
                .filter(c -> tutorial.owns(c.labels()) && hello.get().id().equals(c.imageId()))
                .filter(c -> c.state() == ContainerState.RUNNING || c.state() == ContainerState.PAUSED
                        || c.state() == ContainerState.EXITED)
                .toList();
    }
}
