package dev.porthole.ui.logs;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Locale;
import java.util.function.IntConsumer;

/** The log view's bar: search (case, regex, filter), match count and stepping, and the view's switches. */
final class LogToolbar extends HBox {

    private static final int EARLIER_LINES = 1_000;
    private final CustomTextField search = new CustomTextField();

    LogToolbar(LogsModel model, Runnable copy, Runnable save, IntConsumer showLine) {
        super(6);
        getStyleClass().add("log-toolbar");
        setAlignment(Pos.CENTER_LEFT);

        search.setId("log-search");
        search.setPromptText("Search the log");
        search.setLeft(Controls.icon(AppIcon.SEARCH));
        search.setPrefColumnCount(20);
        search.textProperty().bindBidirectional(model.queryText);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showLine.accept(model.nextMatch(!e.isShiftDown()));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });

        ToggleButton matchCase = toggle("log-case", AppIcon.MATCH_CASE, "Match case");
        matchCase.selectedProperty().bindBidirectional(model.caseSensitive);
        ToggleButton regex = toggle("log-regex", AppIcon.REGEX, "Regular expression");
        regex.selectedProperty().bindBidirectional(model.regex);
        ToggleButton filter = toggle("log-filter", AppIcon.FILTER, "Show only matching lines");
        filter.selectedProperty().bindBidirectional(model.filterMode);

        Label matches = new Label();
        matches.setId("log-match-count");
        matches.setMinWidth(Region.USE_PREF_SIZE);
        matches.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.queryError.get() != null) {
                return model.queryError.get();
            }
            if (model.pattern.get() == null) {
                return "";
            }
            if (model.counting.get()) {
                return "Counting…";
            }
            int n = model.matchCount.get();
            int cur = model.currentMatch.get();
            return n == 0 ? "No matches" : cur < 0 ? String.format(Locale.ROOT, "%,d matches", n)
                    : String.format(Locale.ROOT, "%,d of %,d", cur + 1, n);
        }, model.queryError, model.pattern, model.counting, model.matchCount, model.currentMatch));
        model.queryError.addListener((o, a, error) -> {
            matches.getStyleClass().remove(Styles.DANGER);
            search.pseudoClassStateChanged(Styles.STATE_DANGER, error != null);
            if (error != null) {
                matches.getStyleClass().add(Styles.DANGER);
            }
        });

        Button previous = button("log-prev", AppIcon.PREVIOUS, "Previous match (Shift+Enter)");
        previous.setOnAction(e -> showLine.accept(model.nextMatch(false)));
        Button next = button("log-next", AppIcon.NEXT, "Next match (Enter)");
        next.setOnAction(e -> showLine.accept(model.nextMatch(true)));
        previous.disableProperty().bind(model.matchCount.isEqualTo(0));
        next.disableProperty().bind(model.matchCount.isEqualTo(0));

        ToggleButton timestamps = toggle("log-timestamps", AppIcon.TIMESTAMPS, "Show timestamps (local time)");
        timestamps.selectedProperty().bindBidirectional(model.timestamps);
        ToggleButton wrap = toggle("log-wrap", AppIcon.WRAP, "Wrap long lines");
        wrap.selectedProperty().bindBidirectional(model.wrap);
        Button earlier = button("log-load-earlier", AppIcon.LOAD_EARLIER,
                "Load " + EARLIER_LINES + " earlier lines");
        earlier.setOnAction(e -> model.loadEarlier(EARLIER_LINES));
        Button copyButton = button("log-copy", AppIcon.COPY, "Copy the selected lines (all when none), without colours");
        copyButton.setOnAction(e -> copy.run());
        Button saveButton = button("log-save", AppIcon.SAVE, "Save every line to a file");
        saveButton.setOnAction(e -> save.run());
        Button clear = button("log-clear", AppIcon.CLEAR, "Clear the view (the log goes on)");
        clear.setOnAction(e -> model.clear());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(search, matchCase, regex, filter, previous, next, matches, grow,
                timestamps, wrap, earlier, copyButton, saveButton, clear);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static ToggleButton toggle(String id, AppIcon icon, String tip) {
        ToggleButton b = new ToggleButton(null, Controls.icon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }

    private static Button button(String id, AppIcon icon, String tip) {
        Button b = new Button(null, Controls.icon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        return b;
    }
}
