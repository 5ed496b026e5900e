package dev.porthole.ui.tour;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The card beside the cut-out: "3 of 9", a title, a few lines, and Back / Next / Skip. */
final class TourCallout extends VBox {

    private final TourText words;
    private final Label count = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button back;
    private final Button next;

    TourCallout(TourText words, Runnable onBack, Runnable onNext, Runnable onSkip) {
        this.words = words;
        setId("tour-callout");
        getStyleClass().add("tour-card");
        count.setId("tour-count");
        count.getStyleClass().addAll("tour-count", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        title.setId("tour-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        text.setId("tour-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);

        Button skip = button("tour-skip", words.get("button.skip"), onSkip);
        skip.getStyleClass().add(Styles.FLAT);
        back = button("tour-back", words.get("button.back"), onBack);
        next = button("tour-next", words.get("button.next"), onNext);
        next.getStyleClass().add(Styles.ACCENT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, skip, grow, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("tour-buttons");
        getChildren().addAll(count, title, text, buttons);
    }

    private static Button button(String id, String label, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows step {@code index} of {@code total} with these words. */
    void show(String heading, String body, int index, int total) {
        count.setText(words.count(index, total));
        title.setText(heading);
        text.setText(body);
        back.setDisable(index == 0);
        next.setText(words.get(index == total - 1 ? "button.finish" : "button.next"));
    }

    /** Puts the keyboard on Next, so Enter and Space go on. */
    void focusNext() {
        next.requestFocus();
    }
}
