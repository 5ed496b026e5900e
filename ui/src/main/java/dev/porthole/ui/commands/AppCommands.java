package dev.porthole.ui.commands;

import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.Theme;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The app's own commands: palette, preferences, quit, theme, tutorial, shortcuts. Preferences and the tutorial
 * are built elsewhere; whoever builds them hands their opener in with {@link #setOnPreferences} and
 * {@link #setOnStartTutorial} (until then they do nothing).
 */
public final class AppCommands {

    public static final KeyCombination PALETTE_KEY = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private Runnable preferences = () -> { };
    private Runnable tutorial = () -> { };
    private final Command palette;
    private final Command preferencesCommand;
    private final Command quit;
    private final Command tutorialCommand;
    private final Command shortcuts;
    private final List<Command> themes;

    /**
     * @param openPalette   opens the command palette
     * @param showShortcuts shows the keyboard shortcuts list
     * @param quit          closes the window the way its close button does (unsaved work is asked about)
     */
    public AppCommands(Theme theme, Runnable openPalette, Runnable showShortcuts, Runnable quit) {
        palette = Command.of("app.palette", "Command palette…", Command.Category.APP, openPalette)
                .withIcon(AppIcon.SEARCH).withShortcut(PALETTE_KEY);
        preferencesCommand = Command.of("app.preferences", "Preferences…", Command.Category.APP,
                () -> preferences.run()).withShortcut(new KeyCodeCombination(KeyCode.COMMA,
                KeyCombination.SHORTCUT_DOWN));
        this.quit = Command.of("app.quit", "Quit Porthole", Command.Category.APP, quit)
                .withShortcut(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        tutorialCommand = Command.of("app.tutorial", "Start tutorial", Command.Category.APP, () -> tutorial.run())
                .withIcon(AppIcon.LEARN);
        shortcuts = Command.of("app.shortcuts", "Keyboard shortcuts", Command.Category.APP, showShortcuts)
                .withIcon(AppIcon.INFO).withShortcut(new KeyCodeCombination(KeyCode.F1));
        themes = List.of(
                Command.of("theme.system", "Follow the system theme", Command.Category.APP,
                        () -> theme.setMode(Theme.Mode.SYSTEM)).withIcon(Theme.Mode.SYSTEM.icon()),
                Command.of("theme.light", "Use the light theme", Command.Category.APP,
                        () -> theme.setMode(Theme.Mode.LIGHT)).withIcon(Theme.Mode.LIGHT.icon()),
                Command.of("theme.dark", "Use the dark theme", Command.Category.APP,
                        () -> theme.setMode(Theme.Mode.DARK)).withIcon(Theme.Mode.DARK.icon()));
    }

    /** What File → Preferences (Shortcut+,) opens. */
    public void setOnPreferences(Runnable open) {
        preferences = Objects.requireNonNull(open);
    }

    /** What Help → Start tutorial runs. */
    public void setOnStartTutorial(Runnable start) {
        tutorial = Objects.requireNonNull(start);
    }

    public Command palette() {
        return palette;
    }

    public Command preferences() {
        return preferencesCommand;
    }

    public Command quit() {
        return quit;
    }

    public Command tutorial() {
        return tutorialCommand;
    }

    public Command shortcuts() {
        return shortcuts;
    }

    /** System, light, dark, in that order (matching {@link Theme.Mode}). */
    public List<Command> themes() {
        return themes;
    }

    /** All of them, for the registry. */
    public List<Command> all() {
        List<Command> all = new ArrayList<>(List.of(palette, preferencesCommand, tutorialCommand, shortcuts));
        all.addAll(themes);
        all.add(quit);
        return all;
    }
}
