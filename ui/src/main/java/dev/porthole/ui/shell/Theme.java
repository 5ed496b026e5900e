package dev.porthole.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.porthole.icons.AppIcon;
import dev.porthole.prefs.Preferences;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/**
 * Light or dark, following the OS unless the user picks one. Switching sets AtlantaFX's Primer user-agent
 * stylesheet and the {@code :dark} pseudo-class on the window's root; everything else is CSS.
 */
public final class Theme {

    /** What the user chose. */
    public enum Mode {
        SYSTEM("System", AppIcon.THEME_SYSTEM),
        LIGHT("Light", AppIcon.THEME_LIGHT),
        DARK("Dark", AppIcon.THEME_DARK);

        private final String label;
        private final AppIcon icon;

        Mode(String label, AppIcon icon) {
            this.label = label;
            this.icon = icon;
        }

        public String label() {
            return label;
        }

        public AppIcon icon() {
            return icon;
        }

        /** System → Light → Dark → System. */
        public Mode next() {
            return values()[(ordinal() + 1) % values().length];
        }

        /** This mode as the preferences store it. */
        public Preferences.Theme choice() {
            return Preferences.Theme.valueOf(name());
        }

        /** The mode for a stored preference. */
        public static Mode of(Preferences.Theme choice) {
            return choice == null ? SYSTEM : valueOf(choice.name());
        }
    }

    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.SYSTEM);
    private final BooleanBinding dark;

    /** @param systemScheme the OS colour scheme, live (tests pass their own) */
    public Theme(ObservableValue<ColorScheme> systemScheme) {
        dark = Bindings.createBooleanBinding(
                () -> switch (mode.get()) {
                    case LIGHT -> false;
                    case DARK -> true;
                    case SYSTEM -> systemScheme.getValue() == ColorScheme.DARK;
                }, mode, systemScheme);
    }

    /** A theme that follows {@code Platform.getPreferences()}; call on the FX thread. */
    public static Theme followingPlatform() {
        return new Theme(Platform.getPreferences().colorSchemeProperty());
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public Mode mode() {
        return mode.get();
    }

    public void setMode(Mode m) {
        mode.set(m == null ? Mode.SYSTEM : m);
    }

    /** Moves to the next mode (the toggle button). */
    public void cycle() {
        mode.set(mode.get().next());
    }

    /** Whether the dark palette is in use now. */
    public ObservableBooleanValue darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    /** Applies the theme to {@code root} now and on every change. */
    public void attach(Parent root) {
        apply(root);
        dark.addListener((obs, was, now) -> apply(root));
    }

    private void apply(Parent root) {
        boolean d = dark.get();
        Application.setUserAgentStylesheet(d
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.pseudoClassStateChanged(DARK, d);
    }
}
