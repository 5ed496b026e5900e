package dev.porthole.ui.shell;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.icons.AppLogo;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The left column: the app's name, one entry per page ({@code #nav-ID}), the theme toggle and the preferences
 * button ({@code #open-preferences}).
 */
public final class Sidebar extends VBox {

    /** Shortcut+, opens the preferences (Ctrl+, ; Cmd+, on macOS), as in most desktop apps. */
    public static final KeyCombination PREFERENCES_KEY =
            new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN);

    private final ShellModel model;
    private final Theme theme;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, ToggleButton> entries = new LinkedHashMap<>();
    private final Button themeToggle = new Button();
    private final Runnable openPreferences;

    public Sidebar(ShellModel model, List<Page> pages, Theme theme) {
        this(model, pages, theme, null);
    }

    /** @param openPreferences opens the preferences window (the gear at the bottom); null: no gear */
    public Sidebar(ShellModel model, List<Page> pages, Theme theme, Runnable openPreferences) {
        this.model = model;
        this.theme = theme;
        this.openPreferences = openPreferences;
        createView(pages);
        initListeners();
    }

    private void createView(List<Page> pages) {
        getStyleClass().add("sidebar");
        setId("sidebar");

        Label brand = new Label("Porthole");
        brand.getStyleClass().addAll("brand", Styles.TITLE_4);
        brand.setGraphic(new ImageView(new Image(AppLogo.png(24).toExternalForm())));
        getChildren().add(brand);

        VBox nav = new VBox();
        nav.getStyleClass().add("nav");
        nav.setId("sidebar-nav");
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            ToggleButton b = new ToggleButton(page.title(), FontIcon.of(page.icon().ikon()));
            KeyCombination key = shortcut(i);
            b.setTooltip(new Tooltip(key == null ? page.title() : page.title() + " (" + key.getDisplayText() + ")"));
            b.setId("nav-" + page.id());
            b.getStyleClass().add("nav-item");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setToggleGroup(group);
            b.setUserData(page.id());
            b.setMnemonicParsing(false);
            entries.put(page.id(), b);
            nav.getChildren().add(b);
        }
        getChildren().add(nav);

        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        getChildren().add(grow);

        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll("theme-toggle", Styles.FLAT);
        themeToggle.setTooltip(new Tooltip());
        themeToggle.setMnemonicParsing(false);
        themeToggle.setOnAction(e -> theme.cycle());
        HBox footer = new HBox(themeToggle);
        footer.getStyleClass().add("sidebar-footer");
        if (openPreferences != null) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            footer.getChildren().addAll(gap, preferencesButton());
        }
        getChildren().add(footer);
        updateThemeToggle();
    }

    /** The gear: opens the preferences. */
    private Button preferencesButton() {
        Button b = new Button(null, FontIcon.of(AppIcon.PREFERENCES.ikon()));
        b.setId("open-preferences");
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "preferences-button");
        b.setTooltip(new Tooltip("Preferences (" + PREFERENCES_KEY.getDisplayText() + ")"));
        b.setAccessibleText("Preferences");
        b.setOnAction(e -> openPreferences.run());
        return b;
    }

    /** Shortcut+1…9 for the first nine entries, else null. */
    static KeyCombination shortcut(int index) {
        return dev.porthole.ui.commands.CommandRegistry.pageShortcut(index);
    }

    private void initListeners() {
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                // clicking the selected entry again keeps it selected
                if (was != null) {
                    was.setSelected(true);
                }
                return;
            }
            model.showPage((String) now.getUserData());
        });
        model.currentPageProperty().addListener((obs, was, now) -> select(now));
        select(model.currentPageProperty().get());
        theme.modeProperty().addListener((obs, was, now) -> updateThemeToggle());
        theme.darkProperty().addListener((obs, was, now) -> updateThemeToggle());
    }

    /** Gives the keyboard focus to the entry of the page shown. */
    void focusCurrent() {
        ToggleButton b = entries.get(model.currentPageProperty().get());
        if (b != null) {
            b.requestFocus();
        }
    }

    private void select(String pageId) {
        ToggleButton b = pageId == null ? null : entries.get(pageId);
        if (b != null && !b.isSelected()) {
            b.setSelected(true);
        }
    }

    private void updateThemeToggle() {
        Theme.Mode mode = theme.mode();
        themeToggle.setGraphic(FontIcon.of(mode.icon().ikon()));
        String now = mode == Theme.Mode.SYSTEM ? "System (" + (theme.isDark() ? "dark" : "light") + ")" : mode.label();
        themeToggle.setText(now);
        themeToggle.getTooltip().setText("Theme: " + now + ". Click for " + mode.next().label() + ".");
    }
}
