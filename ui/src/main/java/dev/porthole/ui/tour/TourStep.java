package dev.porthole.ui.tour;

import java.util.List;

/**
 * One stop of the guided tour: the page to show (null: stay where the user is) and the places it can point at,
 * best first. The tour points at the first one visible, so a step never points at nothing.
 *
 * @param id    names the step (and its text in {@code tour.properties})
 * @param page  the page to show first, or null
 * @param spots where to point, best first
 */
record TourStep(String id, String page, List<Spot> spots) {

    TourStep {
        spots = List.copyOf(spots);
        if (spots.isEmpty()) {
            throw new IllegalArgumentException("step " + id + " points at nothing");
        }
    }

    /**
     * A place a step can point at, and the text that goes with it.
     *
     * @param selector a CSS selector looked up in the window ({@code #containers-table})
     * @param key      the text's key prefix: {@code KEY.title} and {@code KEY.text} in {@code tour.properties}
     */
    record Spot(String selector, String key) {
    }
}
