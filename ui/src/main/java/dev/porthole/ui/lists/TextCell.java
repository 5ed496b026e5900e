package dev.porthole.ui.lists;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

import java.util.function.Function;

/** A table cell showing a value through a formatting function, with an optional tooltip and a style class. */
public final class TextCell<S, T> extends TableCell<S, T> {

    private final Function<T, String> text;
    private final Function<T, String> tip;

    /** {@code tip} may be null for no tooltip. */
    public TextCell(String styleClass, Function<T, String> text, Function<T, String> tip) {
        this.text = text;
        this.tip = tip;
        getStyleClass().add(styleClass);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        setText(text.apply(item));
        String t = tip == null ? null : tip.apply(item);
        if (t == null || t.isEmpty()) {
            setTooltip(null);
        } else {
            Tooltip tooltip = new Tooltip(t);
            tooltip.setShowDelay(Duration.millis(400));
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(520);
            setTooltip(tooltip);
        }
    }
}
