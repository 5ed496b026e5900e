package dev.porthole.model;

/**
 * One layer of a pull or push.
 *
 * @param id      the engine's short layer id (12 hex digits)
 * @param state   where it stands
 * @param current bytes moved (or extracted) so far in this state, 0 when unknown
 * @param total   bytes of the layer, 0 when unknown
 */
public record LayerProgress(String id, LayerState state, long current, long total) {

    /** How far the layer is, 0..1, for a pull ({@code pushing} false) or a push. */
    public double fraction(boolean pushing) {
        double part = total > 0 ? Math.min(1, Math.max(0, current / (double) total)) : 0;
        return switch (state) {
            case WAITING -> 0;
            // a pull downloads, then extracts: give downloading most of the bar
            case DOWNLOADING -> pushing ? part : 0.7 * part;
            case VERIFYING, DOWNLOADED -> 0.7;
            case EXTRACTING -> 0.7 + 0.3 * part;
            case PUSHING -> part;
            case DONE, ALREADY_EXISTS -> 1;
        };
    }
}
