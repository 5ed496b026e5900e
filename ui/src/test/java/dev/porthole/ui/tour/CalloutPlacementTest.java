package dev.porthole.ui.tour;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the callout goes beside its cut-out: pure geometry, no JavaFX toolkit needed. */
class CalloutPlacementTest {

    private static final Bounds WINDOW = new BoundingBox(0, 0, 1200, 800);

    @Test
    void goesRightOfATargetWithRoomBesideIt() {
        Bounds at = CalloutPlacement.place(new BoundingBox(10, 100, 180, 300), 340, 160, 1200, 800);

        assertThat(at.getMinX()).isEqualTo(190 + CalloutPlacement.GAP);
        assertThat(at.getMinY()).isEqualTo(100);
    }

    @Test
    void goesLeftOfATargetAtTheRightEdge() {
        Bounds at = CalloutPlacement.place(new BoundingBox(1000, 100, 190, 40), 340, 160, 1200, 800);

        assertThat(at.getMaxX()).isEqualTo(1000 - CalloutPlacement.GAP);
    }

    @Test
    void goesAboveAFullWidthBarAtTheBottomAndStaysInTheWindow() {
        Bounds at = CalloutPlacement.place(new BoundingBox(0, 770, 1200, 30), 340, 160, 1200, 800);

        assertThat(at.getMaxY()).isEqualTo(770 - CalloutPlacement.GAP);
        assertThat(WINDOW.contains(at)).isTrue();
    }

    @Test
    void goesBelowAFullWidthBarAtTheTop() {
        Bounds at = CalloutPlacement.place(new BoundingBox(0, 0, 1200, 60), 340, 160, 1200, 800);

        assertThat(at.getMinY()).isEqualTo(60 + CalloutPlacement.GAP);
    }

    @Test
    void sitsInsideATargetThatFillsTheWindow() {
        Bounds hole = new BoundingBox(0, 0, 1200, 800);

        Bounds at = CalloutPlacement.place(hole, 340, 160, 1200, 800);

        assertThat(hole.contains(at)).isTrue();
        assertThat(at.getMaxX()).isLessThan(1200 - CalloutPlacement.MARGIN);
    }

    @Test
    void isCentredWithoutATarget() {
        Bounds at = CalloutPlacement.place(null, 400, 200, 1200, 800);

        assertThat(at.getMinX()).isEqualTo(400);
        assertThat(at.getMinY()).isEqualTo(300);
    }

    @Test
    void aTinyWindowStillKeepsTheCalloutsCornerOnScreen() {
        Bounds at = CalloutPlacement.place(new BoundingBox(50, 50, 100, 30), 340, 160, 300, 150);

        assertThat(at.getMinX()).isEqualTo(CalloutPlacement.MARGIN);
        assertThat(at.getMinY()).isEqualTo(CalloutPlacement.MARGIN);
    }
}
