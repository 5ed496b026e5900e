package dev.porthole.ui.learn;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The pieces every action panel is made of: the card, the "same as" command, the button, status lines. */
final class PanelParts {

    private PanelParts() {
    }

    /** The card holding a step's action. */
    static VBox card(String id, Node... children) {
        VBox box = new VBox(8, children);
        box.setId(id);
        box.getStyleClass().addAll("learn-action", Controls.BOX, Controls.BOX_SMALL, Controls.BOX_PLAIN);
        return box;
    }

    /** "What it will do" and the equivalent command, shown before the button that does it. */
    static VBox command(String what, String command) {
        Label intro = new Label(what);
        intro.setWrapText(true);
        intro.getStyleClass().add("learn-action-what");
        Label same = new Label("The same with the docker command line:");
        same.getStyleClass().add(Styles.TEXT_MUTED);
        Node code = MarkdownView.codeBlock(command);
        code.getStyleClass().add("learn-command");
        return new VBox(6, intro, same, code);
    }

    /** The button that does it, disabled while {@code disabled} holds. */
    static Button button(String id, String text, AppIcon icon, ObservableBooleanValue disabled) {
        Button b = new Button(text, Controls.icon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.ACCENT);
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        return b;
    }

    /** A status line that is hidden while empty. */
    static Label status(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    /** Shows a failure on a status line. */
    static void fail(Label status, String what, Throwable failure) {
        status.getStyleClass().remove(Styles.SUCCESS);
        if (!status.getStyleClass().contains(Styles.DANGER)) {
            status.getStyleClass().add(Styles.DANGER);
        }
        status.setText(what + ": " + (failure.getMessage() == null ? failure.toString() : failure.getMessage()));
    }

    /** Shows good news on a status line. */
    static void ok(Label status, String text) {
        status.getStyleClass().remove(Styles.DANGER);
        if (!status.getStyleClass().contains(Styles.SUCCESS)) {
            status.getStyleClass().add(Styles.SUCCESS);
        }
        status.setText(text);
    }

    /** Bytes as the docker CLI shows sizes (decimal units). */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f %s" : v < 100 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }

    /** An icon node. */
    static Node icon(AppIcon icon) {
        return Controls.icon(icon);
    }
}
