package dev.porthole.ui.tour;

import dev.porthole.ui.tour.TourStep.Spot;

import java.util.List;

/**
 * The guided tour's route through the main window. Selectors are the ids the pages give their controls; the
 * words are in {@code tour.properties}. Later spots of a step are what shows when the first is not there (no
 * engine, nothing selected, a page not built).
 */
final class TourSteps {

    private TourSteps() {
    }

    /** The tour in the order it is walked. */
    static List<TourStep> standard() {
        return List.of(
                new TourStep("sidebar", null, List.of(
                        new Spot("#sidebar-nav", "sidebar"))),
                new TourStep("containers", "containers", List.of(
                        new Spot("#containers-table", "containers"),
                        new Spot("#no-engine", "containers.no-engine"))),
                new TourStep("container-actions", "containers", List.of(
                        new Spot("#containers-toolbar", "container-actions"),
                        new Spot("#retry", "container-actions.no-engine"),
                        new Spot("#no-engine", "container-actions.no-engine"))),
                new TourStep("logs", "containers", List.of(
                        new Spot("#tab-logs", "logs"),
                        new Spot("#container-details", "logs.no-selection"),
                        new Spot("#no-engine", "logs.no-engine"))),
                new TourStep("images", "images", List.of(
                        new Spot("#image-toolbar", "images"),
                        new Spot("#no-engine", "images.no-engine"))),
                new TourStep("editor", "dockerfile", List.of(
                        new Spot("#editor-tabs", "editor"),
                        new Spot("#page-dockerfile", "editor"))),
                new TourStep("layers", "layers", List.of(
                        new Spot("#layers-sources", "layers"),
                        new Spot("#page-layers", "layers"))),
                new TourStep("status", null, List.of(
                        new Spot("#status-bar", "status"))),
                new TourStep("learn", "learn", List.of(
                        new Spot("#nav-learn", "learn"))));
    }
}
