package dev.porthole.learn;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the UI saw happen that the engine cannot tell: a template opened in the editor, a log view that showed
 * lines of a container, the layers view opened. Checks combine these with what the engine says. Thread-safe.
 */
public final class TutorialSignals {

    /** The engine's facts were read and shown. */
    public static final String FACTS_SHOWN = "facts-shown";
    /** The Flask template was written and opened in the Dockerfile editor. */
    public static final String TEMPLATE_OPENED = "template-opened";
    /** The layers view was opened on the tutorial's image. */
    public static final String LAYERS_SHOWN = "layers-shown";
    /** The tutorial image's size was read from the engine and shown next to typical base images. */
    public static final String SIZES_SHOWN = "sizes-shown";

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Set<String> logsShown = ConcurrentHashMap.newKeySet();

    /** Records that {@code signal} happened. */
    public void mark(String signal) {
        seen.add(signal);
    }

    /** Whether {@code signal} happened. */
    public boolean has(String signal) {
        return seen.contains(signal);
    }

    /** A log view showed lines of this container. */
    public void logsShown(String containerId) {
        logsShown.add(containerId);
    }

    /** The containers whose lines a log view showed. */
    public Set<String> logsShownFor() {
        return Set.copyOf(logsShown);
    }
}
