package dev.porthole.ui.tour;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppLogo;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The first-start welcome: a card over the dimmed window offering the guided tour. Shown until answered
 * ("Take the tour" or "Not now", Esc counts as not now), then never again.
 */
public final class Welcome {

    private Welcome() {
    }

    /** Shows the welcome over the tour's window unless {@code flag} says it was answered; returns whether it did. */
    public static boolean offerOnce(GuidedTour tour, WelcomeFlag flag) {
        if (flag.answered()) {
            return false;
        }
        TourText words = TourText.load();
        Runnable later = () -> {
            flag.answer("later");
            tour.hideCard();
        };
        Runnable take = () -> {
            flag.answer("tour");
            tour.hideCard();
            tour.start();
        };
        tour.showCard(card(words, take, later), later);
        return true;
    }

    private static VBox card(TourText words, Runnable take, Runnable later) {
        Label icon = new Label(null, new javafx.scene.image.ImageView(
                new javafx.scene.image.Image(AppLogo.png(64).toExternalForm(), 48, 48, true, true)));
        icon.getStyleClass().add("welcome-icon");
        Label title = new Label(words.get("welcome.title"));
        title.setId("welcome-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label text = new Label(words.get("welcome.text"));
        text.setId("welcome-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Label again = new Label(words.get("welcome.again"));
        again.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        again.setWrapText(true);
        again.setMinHeight(Region.USE_PREF_SIZE);

        Button start = new Button(words.get("welcome.start"));
        start.setId("welcome-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> take.run());
        Button notNow = new Button(words.get("welcome.later"));
        notNow.setId("welcome-later");
        notNow.setOnAction(e -> later.run());
        HBox buttons = new HBox(8, notNow, start);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("tour-buttons");

        VBox card = new VBox(icon, title, text, again, buttons);
        card.setId("welcome-card");
        card.getStyleClass().addAll("tour-card", "welcome-card");
        card.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                start.requestFocus();
            }
        });
        return card;
    }
}
