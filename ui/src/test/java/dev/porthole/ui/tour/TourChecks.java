package dev.porthole.ui.tour;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;

import static dev.porthole.ui.shell.FxWait.onFx;
import static dev.porthole.ui.shell.FxWait.until;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading the tour on the FX thread, waiting for it to settle, and what every step must satisfy. */
final class TourChecks {

    private TourChecks() {
    }

    /**
     * Lets TestFX wait up to a minute for the first window: on a busy machine (load 20+ on 2 cores) building the
     * whole window cold takes longer than its 10 s default. A wait, not a timing assertion.
     */
    static void patientSetup() {
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    /** Waits until the cut-out is around the current target (after the page switch and its layout). */
    static void settled(GuidedTour tour) {
        until("the cut-out surrounds the target of step " + onFx(tour::stepIndex), 10, () -> {
            Node target = tour.target();
            Bounds hole = tour.overlay().hole();
            return target != null && hole != null && hole.contains(targetBounds(tour));
        });
    }

    static Bounds targetBounds(GuidedTour tour) {
        return TourTargets.bounds(tour.target(), tour.overlay());
    }

    /** What a user must see at every step: a shown control inside the cut-out, and the callout on screen. */
    static void assertPointsAtAVisibleControl(GuidedTour tour) {
        onFx(() -> {
            Node target = tour.target();
            String step = tour.step().id();
            assertThat(target).as("target of %s", step).isNotNull();
            assertThat(target.getScene()).as("%s target in the window's scene", step)
                    .isSameAs(tour.overlay().getScene());
            for (Node n = target; n != null; n = n.getParent()) {
                assertThat(n.isVisible()).as("%s target and its parents visible (%s)", step, n).isTrue();
            }
            Bounds bounds = targetBounds(tour);
            assertThat(bounds.getWidth()).as("%s target width", step).isPositive();
            assertThat(bounds.getHeight()).as("%s target height", step).isPositive();
            assertThat(tour.overlay().hole().contains(bounds)).as("%s cut-out %s contains %s", step,
                    tour.overlay().hole(), bounds).isTrue();
            Bounds window = new BoundingBox(0, 0, tour.overlay().getWidth(), tour.overlay().getHeight());
            assertThat(window.contains(tour.overlay().cardBounds()))
                    .as("%s callout %s inside the window %s", step, tour.overlay().cardBounds(), window).isTrue();
            return null;
        });
    }
}
