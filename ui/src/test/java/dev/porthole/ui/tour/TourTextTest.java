package dev.porthole.ui.tour;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word the tour and the welcome show comes from tour.properties. */
class TourTextTest {

    private final TourText words = TourText.load();

    @Test
    void everySpotOfEveryStepHasATitleAndAText() {
        for (TourStep step : TourSteps.standard()) {
            for (TourStep.Spot spot : step.spots()) {
                assertThat(words.title(spot)).as("%s.title", spot.key()).isNotBlank();
                assertThat(words.text(spot)).as("%s.text", spot.key()).isNotBlank().doesNotContain("  ");
            }
        }
    }

    @Test
    void theButtonsAndTheWelcomeHaveWords() {
        for (String key : List.of("button.back", "button.next", "button.finish", "button.skip", "welcome.title",
                "welcome.text", "welcome.again", "welcome.start", "welcome.later")) {
            assertThat(words.get(key)).as(key).isNotBlank();
        }
    }

    @Test
    void theCountReadsOneBased() {
        assertThat(words.count(2, 9)).isEqualTo("3 of 9");
    }

    @Test
    void stepsThatNeedAnEngineSayWhatShowsWithoutOne() {
        assertThat(TourSteps.standard()).filteredOn(s -> "containers".equals(s.page()) || "images".equals(s.page()))
                .allSatisfy(s -> assertThat(s.spots()).extracting(TourStep.Spot::selector).contains("#no-engine"));
    }
}
