package dev.porthole.ui.editor;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Asks what to do with unsaved changes before a file closes. */
@FunctionalInterface
public interface UnsavedPrompt {

    /** The answer. */
    enum Choice { SAVE, DISCARD, CANCEL }

    /** Asks about the document named {@code name}. */
    Choice ask(String name);

    /**
     * The dialog: Save, Don't save, Cancel (the default). Node ids: {@code #unsaved-dialog}, {@code #unsaved-save},
     * {@code #unsaved-discard}, {@code #unsaved-cancel}.
     */
    static UnsavedPrompt dialog(Supplier<Window> owner) {
        return name -> {
            ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
            Alert alert = new Alert(Alert.AlertType.WARNING, "Your changes will be lost if you don't save them.",
                    save, discard, ButtonType.CANCEL);
            alert.setTitle("Unsaved changes");
            alert.setHeaderText("Save the changes to " + name + "?");
            alert.getDialogPane().setId("unsaved-dialog");
            Window w = owner.get();
            if (w != null) {
                alert.initOwner(w);
            }
            ((Button) alert.getDialogPane().lookupButton(save)).setId("unsaved-save");
            ((Button) alert.getDialogPane().lookupButton(discard)).setId("unsaved-discard");
            Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
            cancel.setId("unsaved-cancel");
            ((Button) alert.getDialogPane().lookupButton(save)).setDefaultButton(false);
            cancel.setDefaultButton(true);
            ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
            return answer == save ? Choice.SAVE : answer == discard ? Choice.DISCARD : Choice.CANCEL;
        };
    }
}
