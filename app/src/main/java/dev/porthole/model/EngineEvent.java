package dev.porthole.model;

import java.time.Instant;
import java.util.Map;

/**
 * One event from the engine's event stream.
 *
 * @param type       object type: container, image, volume, network, daemon…
 * @param action     what happened: start, die, pause, destroy, tag…
 * @param actorId    id of the object
 * @param attributes the actor's attributes (name, image…)
 * @param time       when, to the nanosecond where the engine says
 */
public record EngineEvent(String type, String action, String actorId, Map<String, String> attributes,
                          Instant time) {
    public EngineEvent {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public boolean isContainer() {
        return "container".equals(type);
    }

    public boolean isImage() {
        return "image".equals(type);
    }
}
