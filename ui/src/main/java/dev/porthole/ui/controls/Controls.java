package dev.porthole.ui.controls;

import dev.porthole.icons.AppIcon;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Objects;

/** What the shared controls share: their stylesheet and icon nodes. */
public final class Controls {

    /** The stylesheet of the shared controls; each control adds it to itself. */
    public static final String STYLESHEET = Objects.requireNonNull(
            Controls.class.getResource("/dev/porthole/ui/controls/controls.css")).toExternalForm();

    /** Style class of a rounded, bordered panel (controls.css); {@link #BOX_SMALL} and {@link #BOX_PLAIN} vary it. */
    public static final String BOX = "box";
    /** With {@link #BOX}: tighter corners and a quieter border. */
    public static final String BOX_SMALL = "box-small";
    /** With {@link #BOX}: the default background, to stand out on a subtle box. */
    public static final String BOX_PLAIN = "box-plain";
    /** Style class of a list page's root (controls.css): its background, top margin and stale table. */
    public static final String LIST_PAGE = "list-page";

    private Controls() {
    }

    /** A glyph node for this meaning; size and colour come from CSS. */
    public static FontIcon icon(AppIcon icon) {
        return new FontIcon(icon.ikon());
    }

    /**
     * Grows a shown dialog to at least this size (0: keep), kept on its owner's screen area and centred on the
     * owner: a dialog window otherwise keeps the size of its first layout, however its content grows later.
     */
    public static void growDialog(Dialog<?> dialog, double width, double height) {
        dialog.getDialogPane().setMinSize(Math.max(width, dialog.getDialogPane().getMinWidth()),
                Math.max(height, dialog.getDialogPane().getMinHeight()));
        // the window has its size only after the first pulse that lays it out
        Platform.runLater(() -> resize(dialog, width, height));
    }

    private static void resize(Dialog<?> dialog, double width, double height) {
        if (Double.isNaN(dialog.getWidth()) || Double.isNaN(dialog.getHeight())) {
            return;
        }
        double w = Math.max(dialog.getWidth(), width);
        double h = Math.max(dialog.getHeight(), height);
        Window owner = dialog.getOwner();
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        if (area.getWidth() > 0 && area.getHeight() > 0) {
            w = Math.min(w, area.getWidth());
            h = Math.min(h, area.getHeight());
        }
        if (w != dialog.getWidth() || h != dialog.getHeight()) {
            dialog.setWidth(w);
            dialog.setHeight(h);
        }
        // centred again: the window was placed for its first, smaller layout
        if (owner != null) {
            dialog.setX(Math.max(area.getMinX(), owner.getX() + (owner.getWidth() - w) / 2));
            dialog.setY(Math.max(area.getMinY(), owner.getY() + (owner.getHeight() - h) / 2));
        }
    }
}
