package dev.porthole.ui.images;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The red line under a registry dialog's fields: the model's problem in full, taking no room while there is none. */
final class ProblemLine {

    private ProblemLine() {
    }

    /** A label with node id {@code id} showing {@code problem} whenever it is set. */
    static Label of(String id, ObservableStringValue problem) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().addAll(Styles.DANGER, "field-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.textProperty().bind(problem);
        error.visibleProperty().bind(error.textProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
