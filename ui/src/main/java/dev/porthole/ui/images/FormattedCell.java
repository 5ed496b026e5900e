package dev.porthole.ui.images;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.util.function.Function;

/** A table cell showing its value formatted, with an optional tooltip, and a style class for CSS and tests. */
final class FormattedCell<S, T> extends TableCell<S, T> {

    private final Function<T, String> text;
    private final Function<T, String> tip;

    /** @param tip the tooltip text for a value, or null for none */
    FormattedCell(String styleClass, Function<T, String> text, Function<T, String> tip) {
        this.text = text;
        this.tip = tip;
        getStyleClass().add(styleClass);
    }

    @Override
    protected void updateItem(T value, boolean empty) {
        super.updateItem(value, empty);
        boolean blank = empty || value == null;
        setText(blank ? null : text.apply(value));
        setTooltip(blank || tip == null ? null : tooltip(tip.apply(value)));
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        return t;
    }
}
