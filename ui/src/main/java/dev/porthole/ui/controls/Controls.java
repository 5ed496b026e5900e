package dev.porthole.ui.controls;

import dev.porthole.icons.AppIcon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Objects;

/** What the shared controls share: their stylesheet and icon nodes. */
public final class Controls {

    /** The stylesheet of the shared controls; each control adds it to itself. */
    public static final String STYLESHEET = Objects.requireNonNull(
            Controls.class.getResource("/dev/porthole/ui/controls/controls.css")).toExternalForm();

    private Controls() {
    }

    /** A glyph node for this meaning; size and colour come from CSS. */
    public static FontIcon icon(AppIcon icon) {
        return new FontIcon(icon.ikon());
    }
}
