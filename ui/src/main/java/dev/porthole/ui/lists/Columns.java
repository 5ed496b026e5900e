package dev.porthole.ui.lists;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Table columns as the pages build them: a title, a node id, a width, and a value read from each row. */
public final class Columns {

    private Columns() {
    }

    /** A column showing {@code value} of each row (the row records are immutable, so the value never changes). */
    public static <R, T> TableColumn<R, T> of(String title, String id, double width, Function<R, T> value) {
        TableColumn<R, T> col = new TableColumn<>(title);
        col.setId(id);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }
}
