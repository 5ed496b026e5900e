package dev.porthole.ui.prefs;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The building blocks of the preferences form: sections, labelled rows, notes and per-field error lines. */
final class FormRows {

    private FormRows() {
    }

    static VBox section(String title, Node... rows) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(8, heading);
        box.getChildren().addAll(rows);
        box.getStyleClass().add("prefs-section");
        return box;
    }

    static HBox field(String label, Node control) {
        return field(label, control, null);
    }

    static HBox field(String label, Node control, Label error) {
        Label name = new Label(label);
        name.getStyleClass().add("prefs-label");
        name.setLabelFor(control);
        VBox right = new VBox(4, control);
        if (error != null) {
            right.getChildren().add(error);
        }
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(12, name, right);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    static Label error(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        // shown only while there is something to say
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
