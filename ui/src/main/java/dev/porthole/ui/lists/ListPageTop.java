package dev.porthole.ui.lists;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.controls.Controls;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Supplier;

/**
 * The top of a list page: title and count, the filter (AtlantaFX CustomTextField, Escape clears), the page's
 * buttons and a refresh button, and the problem banner. Also marks the table {@code :stale} while the list is.
 * Node ids: {@code #PREFIX-count}, {@code #PREFIX-filter}, {@code #PREFIX-toolbar}, {@code #PREFIX-refresh},
 * {@code #PREFIX-error}.
 */
public final class ListPageTop extends VBox {

    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    /** Reloads the list (F5). */
    public static final KeyCombination REFRESH_KEY = new KeyCodeCombination(KeyCode.F5);

    private final CustomTextField filter = new CustomTextField();
    private final HBox head;
    private final EngineList<?> list;

    /**
     * @param prefix      node id prefix ("volume")
     * @param title       the page title
     * @param prompt      the filter's prompt text
     * @param countText   the count line, recomputed when the list changes
     * @param placeholder the table's placeholder text, recomputed likewise
     * @param buttons     the page's action buttons, shown left of refresh
     */
    public ListPageTop(EngineList<?> list, TableView<?> table, String prefix, String title, String prompt,
                       Supplier<String> countText, Supplier<String> placeholder, Node... buttons) {
        super(10);
        this.list = list;
        getStyleClass().add("list-page-top");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        Label count = new Label();
        count.setId(prefix + "-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        head = new HBox(10, heading, count);
        head.setAlignment(Pos.BASELINE_LEFT);
        head.getStyleClass().add("list-page-heading");

        filter.setId(prefix + "-filter");
        filter.setPromptText(prompt);
        filter.setLeft(Controls.icon(AppIcon.SEARCH));
        filter.setPrefWidth(300);
        filter.textProperty().bindBidirectional(list.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button refresh = new Button(null, Controls.icon(AppIcon.REFRESH));
        refresh.setId(prefix + "-refresh");
        refresh.setTooltip(new Tooltip("Reload the list (" + REFRESH_KEY.getDisplayText() + ")"));
        refresh.setAccessibleText("Refresh " + title.toLowerCase(java.util.Locale.ROOT));
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.disableProperty().bind(list.loadingProperty());
        refresh.setOnAction(e -> list.refresh());
        HBox toolbar = new HBox(6, filter, grow);
        toolbar.getChildren().addAll(buttons);
        toolbar.getChildren().add(refresh);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("list-page-toolbar");
        toolbar.setId(prefix + "-toolbar");

        Message problem = new Message();
        problem.setId(prefix + "-error");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setGraphic(Controls.icon(AppIcon.ERROR));
        problem.setOnClose(e -> list.clearProblem());
        problem.setVisible(false);
        problem.setManaged(false);
        list.problemProperty().addListener((obs, old, p) -> {
            problem.setTitle(p == null ? null : p.title());
            problem.setDescription(p == null ? null : p.detail());
            problem.setVisible(p != null);
            problem.setManaged(p != null);
        });
        getChildren().addAll(head, toolbar, problem);

        count.textProperty().bind(Bindings.createStringBinding(countText::get, list.rows(), list.visibleRows(),
                list.staleProperty(), list.loadingProperty()));
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(placeholder.get()),
                list.rows(), list.filterProperty(), list.loadingProperty(), list.staleProperty()));
        list.staleProperty().addListener((obs, o, stale) -> table.pseudoClassStateChanged(STALE, stale));
        table.pseudoClassStateChanged(STALE, list.staleProperty().get());
    }

    /** Puts {@code nodes} at the right end of the heading: actions on the whole list rather than on a row. */
    public void addToHeading(Node... nodes) {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        head.getChildren().add(grow);
        head.getChildren().addAll(nodes);
        // buttons have no baseline to share with the title: centre the row instead
        head.setAlignment(Pos.CENTER_LEFT);
    }

    /** "Filter NOUN" (Shortcut+F) and "Refresh NOUN" (F5) for the page's commands. */
    public List<Command> listCommands(String idPrefix, String noun) {
        return List.of(
                Command.action(idPrefix + ".filter", "Filter " + noun, () -> {
                    filter.requestFocus();
                    filter.selectAll();
                }).withIcon(AppIcon.SEARCH)
                        .withShortcut(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
                Command.action(idPrefix + ".refresh", "Refresh " + noun, list::refresh).withIcon(AppIcon.REFRESH)
                        .withShortcut(REFRESH_KEY));
    }

    /** A toolbar button running {@code command}: its icon, enablement, and its shortcut in the tooltip. */
    public static Button button(String id, String text, String tip, Command command) {
        Button b = new Button(text, command.icon() == null ? null : Controls.icon(command.icon()));
        b.setId(id);
        b.setTooltip(new Tooltip(command.shortcut() == null ? tip
                : tip + " (" + command.shortcutText() + ")"));
        b.disableProperty().bind(Bindings.not(command.enabled()));
        b.setOnAction(e -> command.run());
        return b;
    }

    /** A toolbar button. */
    public static Button button(String id, String text, AppIcon icon, String tip, Runnable action) {
        Button b = new Button(text, Controls.icon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
