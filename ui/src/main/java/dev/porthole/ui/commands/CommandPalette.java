package dev.porthole.ui.commands;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import javafx.stage.Window;

import java.util.Objects;

/**
 * The command palette (Shortcut+K): a search field over the list of commands that match what is typed, fuzzily.
 * Up and Down move, Enter runs, Escape closes; disabled commands stay listed, greyed, with the reason.
 * Node ids: {@code #command-palette}, {@code #palette-search}, {@code #palette-list}.
 */
public final class CommandPalette {

    static final String STYLESHEET =
            Objects.requireNonNull(CommandPalette.class.getResource("commands.css")).toExternalForm();
    private static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass("unavailable");
    private static final double WIDTH = 580;

    private final CommandRegistry registry;
    private final Popup popup = new Popup();
    private final TextField search = new TextField();
    private final ListView<CommandRegistry.Found> list = new ListView<>();
    private final Label placeholder = new Label();

    public CommandPalette(CommandRegistry registry) {
        this.registry = registry;
        createView();
        initListeners();
    }

    private void createView() {
        search.setId("palette-search");
        search.setPromptText("Type a command or a page: “stop”, “go img”, “theme”…");
        search.setAccessibleText("Search commands");
        list.setId("palette-list");
        list.setFocusTraversable(false);
        list.setFixedCellSize(46);
        list.setPrefHeight(46 * 8 + 2);
        list.setCellFactory(l -> new FoundCell());
        list.setPlaceholder(placeholder);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);

        Label hint = new Label("↑↓ move · Enter run · Esc close");
        hint.getStyleClass().addAll("palette-hint", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(8, search, list, hint);
        box.setId("command-palette");
        box.getStyleClass().add("command-palette");
        box.getStylesheets().add(STYLESHEET);
        box.setPrefWidth(WIDTH);
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    private void initListeners() {
        search.textProperty().addListener((obs, was, now) -> refresh());
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case PAGE_DOWN -> move(8);
                case PAGE_UP -> move(-8);
                case ENTER -> runSelected();
                case ESCAPE -> popup.hide();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    /** Opens over {@code owner}, empty, listing every available command. */
    public void show(Window owner) {
        search.clear();
        refresh();
        popup.show(owner, owner.getX() + Math.max(0, (owner.getWidth() - WIDTH) / 2), owner.getY() + 70);
        search.requestFocus();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    public void hide() {
        popup.hide();
    }

    private void refresh() {
        list.getItems().setAll(registry.search(search.getText()));
        placeholder.setText("No command matches “" + search.getText().trim() + "”");
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
    }

    private void move(int by) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int at = Math.clamp(list.getSelectionModel().getSelectedIndex() + by, 0, size - 1);
        list.getSelectionModel().select(at);
        list.scrollTo(Math.max(0, at - 3));
    }

    private void runSelected() {
        CommandRegistry.Found found = list.getSelectionModel().getSelectedItem();
        if (found == null || !found.command().isEnabled()) {
            // a disabled command stays listed with its reason; Enter on it does nothing
            return;
        }
        popup.hide();
        found.command().run();
    }

    /** Icon, the name with the matched letters in bold, the reason when disabled, category and shortcut. */
    private final class FoundCell extends ListCell<CommandRegistry.Found> {

        FoundCell() {
            getStyleClass().add("palette-cell");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    list.getSelectionModel().select(getIndex());
                    runSelected();
                }
            });
        }

        @Override
        protected void updateItem(CommandRegistry.Found found, boolean empty) {
            super.updateItem(found, empty);
            setText(null);
            if (empty || found == null) {
                setGraphic(null);
                pseudoClassStateChanged(UNAVAILABLE, false);
                setAccessibleText(null);
                return;
            }
            Command c = found.command();
            javafx.scene.Node icon = c.icon() != null ? Controls.icon(c.icon()) : Controls.icon(AppIcon.NEXT);
            icon.getStyleClass().add("palette-icon");
            VBox text = new VBox(1, name(c.name(), found.match().positions()));
            text.setAlignment(Pos.CENTER_LEFT);
            String reason = c.disabledReason();
            if (reason != null) {
                Label why = new Label(reason);
                why.getStyleClass().addAll("palette-reason", Styles.TEXT_SMALL);
                text.getChildren().add(why);
            }
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Label category = new Label(c.category().label());
            category.getStyleClass().addAll("palette-category", Styles.TEXT_SMALL);
            HBox row = new HBox(10, icon, text, grow, category);
            if (c.shortcut() != null) {
                Label key = new Label(c.shortcutText());
                key.getStyleClass().add("palette-shortcut");
                row.getChildren().add(key);
            }
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            pseudoClassStateChanged(UNAVAILABLE, reason != null);
            setAccessibleText(c.name() + (c.shortcut() != null ? ", " + c.shortcutText() : "")
                    + (reason != null ? ", unavailable: " + reason : ""));
        }

        private TextFlow name(String name, int[] positions) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("palette-name");
            int start = 0;
            for (int i = 1; i <= name.length(); i++) {
                if (i == name.length() || isMatched(positions, i) != isMatched(positions, start)) {
                    Text part = new Text(name.substring(start, i));
                    part.getStyleClass().add(isMatched(positions, start) ? "palette-match" : "palette-plain");
                    flow.getChildren().add(part);
                    start = i;
                }
            }
            return flow;
        }

        private static boolean isMatched(int[] positions, int index) {
            for (int p : positions) {
                if (p == index) {
                    return true;
                }
            }
            return false;
        }
    }
}
