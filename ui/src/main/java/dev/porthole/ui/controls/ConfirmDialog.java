package dev.porthole.ui.controls;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Optional;

/**
 * Asks before something destructive: a title, a header, the list of things that go, an optional "force"
 * checkbox, and a confirm button styled as dangerous. Cancel is the default button.
 * <pre>{@code
 * new ConfirmDialog("Remove containers", "Remove 2 containers?", names, "Remove")
 *         .withForce("Force: stop and remove running containers", anyRunning)
 *         .owner(window)
 *         .ask()
 *         .ifPresent(decision -> remove(decision.force()));
 * }</pre>
 * Node ids for tests: {@code #confirm-dialog}, {@code #confirm-items}, {@code #confirm-force},
 * {@code #confirm-ok}, {@code #confirm-cancel}.
 */
public final class ConfirmDialog extends Dialog<ConfirmDialog.Decision> {

    /** The user confirmed; {@code force} tells whether the force box was ticked. */
    public record Decision(boolean force) {
    }

    private final ButtonType confirmType;
    private final VBox body;
    private final CheckBox force = new CheckBox();

    /**
     * @param title       window title ("Remove containers")
     * @param header      the question, naming the action ("Remove 2 containers?")
     * @param items       the things that go, one line each, shown in the order given
     * @param confirmText the confirm button's verb ("Remove")
     */
    public ConfirmDialog(String title, String header, List<String> items, String confirmText) {
        setTitle(title);
        setHeaderText(header);
        FontIcon warning = new FontIcon(AppIcon.WARNING.ikon());
        warning.getStyleClass().add("confirm-icon");
        setGraphic(warning);
        getDialogPane().setId("confirm-dialog");
        getDialogPane().getStyleClass().add("confirm-dialog");
        getDialogPane().getStylesheets().add(Controls.STYLESHEET);

        ListView<String> list = new ListView<>();
        list.setId("confirm-items");
        list.getItems().setAll(items);
        list.setFocusTraversable(false);
        list.setPrefHeight(Math.min(8, Math.max(1, items.size())) * 30 + 4);
        list.setPrefWidth(420);
        list.getStyleClass().add(Styles.DENSE);

        force.setId("confirm-force");
        force.setManaged(false);
        force.setVisible(false);

        body = new VBox(10, list, force);
        getDialogPane().setContent(body);

        confirmType = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, confirmType);
        Button ok = (Button) getDialogPane().lookupButton(confirmType);
        ok.setId("confirm-ok");
        ok.getStyleClass().add(Styles.DANGER);
        ok.setDefaultButton(false);
        Button cancel = (Button) getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("confirm-cancel");
        cancel.setDefaultButton(true);

        setResultConverter(type -> type == confirmType ? new Decision(force.isSelected()) : null);
    }

    /**
     * Shows a "force" checkbox with this text; when {@code required}, the confirm button stays disabled until it
     * is ticked.
     */
    public ConfirmDialog withForce(String text, boolean required) {
        force.setText(text);
        force.setManaged(true);
        force.setVisible(true);
        if (required) {
            force.getStyleClass().add("force-required");
            getDialogPane().lookupButton(confirmType).disableProperty().bind(force.selectedProperty().not());
        }
        return this;
    }

    /** Adds a line of explanation under the list ("This cannot be undone."). */
    public ConfirmDialog withNote(String note) {
        Label label = new Label(note);
        label.setId("confirm-note");
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        body.getChildren().add(1, label);
        return this;
    }

    /** Centres the dialog on this window (and makes it modal to it); null leaves it unowned. */
    public ConfirmDialog owner(Window window) {
        if (window != null) {
            initOwner(window);
        }
        return this;
    }

    /**
     * Shows the dialog and waits: the decision, or empty when cancelled or closed. When the owner's
     * {@link ConfirmPolicy} turns confirmations off, a plain question (no force box, confirm enabled) is answered
     * "yes" without showing.
     */
    public Optional<Decision> ask() {
        if (plainQuestion() && !ConfirmPolicy.of(getOwner()).asks()) {
            return Optional.of(new Decision(false));
        }
        return showAndWait();
    }

    /** Whether this only asks "are you sure?": nothing to tick, nothing that keeps the confirm button disabled. */
    boolean plainQuestion() {
        return !force.isVisible() && !getDialogPane().lookupButton(confirmType).isDisabled();
    }

    /** The force checkbox (hidden unless {@link #withForce} was called). */
    public CheckBox forceBox() {
        return force;
    }
}
