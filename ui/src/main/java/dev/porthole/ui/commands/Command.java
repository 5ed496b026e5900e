package dev.porthole.ui.commands;

import dev.porthole.icons.AppIcon;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Something the user can do by name: a page to go to, an action on a page's selection, or an app command. The
 * palette, the menu bar and the shortcuts list are all built from these, so each action is defined once, where
 * its page defines its buttons.
 *
 * @param id          stable id ({@code container.stop}); menu items get {@code #menu-ID} with dots as dashes
 * @param name        what the palette and menus say ("Stop container")
 * @param category    where it belongs
 * @param icon        its icon, or null
 * @param shortcut    its keyboard shortcut (registered as the menu item's accelerator), or null
 * @param enabled     whether it can run now
 * @param whyDisabled one sentence saying why it cannot run, asked only while disabled
 * @param action      what it does (on the FX thread)
 */
public record Command(String id, String name, Category category, AppIcon icon, KeyCombination shortcut,
                      ObservableBooleanValue enabled, Supplier<String> whyDisabled, Runnable action) {

    /** Where a command belongs; the palette shows the label. */
    public enum Category {
        PAGE("Go to"),
        ACTION("Action"),
        APP("App");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final ObservableBooleanValue ALWAYS = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

    public Command {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(category);
        Objects.requireNonNull(enabled);
        Objects.requireNonNull(action);
        whyDisabled = whyDisabled != null ? whyDisabled : () -> "Not available now";
    }

    /** An always-enabled command without icon or shortcut. */
    public static Command of(String id, String name, Category category, Runnable action) {
        return new Command(id, name, category, null, null, ALWAYS, null, action);
    }

    /** An action on the current page's selection. */
    public static Command action(String id, String name, Runnable action) {
        return of(id, name, Category.ACTION, action);
    }

    public Command withIcon(AppIcon newIcon) {
        return new Command(id, name, category, newIcon, shortcut, enabled, whyDisabled, action);
    }

    public Command withShortcut(KeyCombination key) {
        return new Command(id, name, category, icon, key, enabled, whyDisabled, action);
    }

    /** Enabled only while {@code when} is true; {@code why} says what is missing otherwise. */
    public Command enabledWhen(ObservableBooleanValue when, Supplier<String> why) {
        return new Command(id, name, category, icon, shortcut, when, why, action);
    }

    public boolean isEnabled() {
        return enabled.get();
    }

    /** Why it cannot run now, or null when it can. */
    public String disabledReason() {
        return isEnabled() ? null : whyDisabled.get();
    }

    /** The shortcut as the platform writes it ("Ctrl+K", "⌘K"), or "". */
    public String shortcutText() {
        return shortcut == null ? "" : shortcut.getDisplayText();
    }

    /** Runs the action when enabled; returns whether it ran. */
    public boolean run() {
        if (!isEnabled()) {
            return false;
        }
        action.run();
        return true;
    }

    /** The node id its menu item gets: {@code menu-} and the id with dots as dashes. */
    public String menuItemId() {
        return "menu-" + id.replace('.', '-');
    }
}
