package dev.porthole.ui.tour;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The tour's and the welcome's words, from {@code dev/porthole/ui/tour/tour.properties} (translatable). */
final class TourText {

    static final String BUNDLE = "dev.porthole.ui.tour.tour";

    private final ResourceBundle bundle;

    TourText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words for the default locale. */
    static TourText load() {
        return new TourText(ResourceBundle.getBundle(BUNDLE, Locale.getDefault()));
    }

    /** The text under this key; throws when it is missing (a test walks every key the tour uses). */
    String get(String key) {
        return bundle.getString(key);
    }

    String title(TourStep.Spot spot) {
        return get(spot.key() + ".title");
    }

    String text(TourStep.Spot spot) {
        return get(spot.key() + ".text");
    }

    /** "3 of 9". */
    String count(int index, int total) {
        return MessageFormat.format(get("count"), index + 1, total);
    }
}
