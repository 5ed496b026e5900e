package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Locale;

/** A whole log line (escape sequences stripped), wrapped and selectable: for lines too long for a row. */
final class WholeLineDialog {

    private WholeLineDialog() {
    }

    static void show(LogLine line, Window owner) {
        TextArea text = new TextArea(LogFormat.visible(line.plain()));
        text.setId("log-whole-line");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("log-whole-line");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(String.format(Locale.ROOT, "%s: line of %,d characters", line.source(), line.plain().length()));
        Scene scene = new Scene(text, 900, 500);
        scene.getStylesheets().add(LogView.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }
}
