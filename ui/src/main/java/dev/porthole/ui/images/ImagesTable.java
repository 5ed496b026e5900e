package dev.porthole.ui.images;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.containers.ContainerFormat;
import dev.porthole.ui.controls.Controls;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.function.Function;

/** The images table: one row per tag; sortable; sorted by repository:tag until the user picks a column. */
final class ImagesTable extends TableView<ImageRow> {

    final TableColumn<ImageRow, ImageRow> reference = new TableColumn<>("Repository:Tag");

    ImagesTable() {
        setId("image-table");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        reference.setId("image-col-reference");
        reference.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        reference.setCellFactory(c -> new ReferenceCell());
        reference.setComparator(ImageRows.BY_REFERENCE);
        reference.setPrefWidth(420);
        reference.setMinWidth(220);

        TableColumn<ImageRow, String> id = column("ID", "image-col-id", ImageRow::shortId, 125);
        id.setCellFactory(c -> new FormattedCell<>("image-id", s -> s, null));

        TableColumn<ImageRow, Long> size = column("Size", "image-col-size", r -> r.image().size(), 95);
        size.setCellFactory(c -> new FormattedCell<>("image-size", ContainerFormat::bytes, null));

        TableColumn<ImageRow, Instant> created = column("Created", "image-col-created", r -> r.image().created(), 135);
        created.setCellFactory(c -> new FormattedCell<>("image-created",
                t -> ContainerFormat.relativeTime(t, Instant.now()),
                t -> ContainerFormat.exactTime(t, ZoneId.systemDefault())));
        created.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));

        TableColumn<ImageRow, Integer> used = column("Containers", "image-col-containers",
                r -> r.image().containers(), 112);
        used.setCellFactory(c -> new FormattedCell<>("image-containers", n -> n == 0 ? "—" : Integer.toString(n),
                n -> n == 0 ? "No container uses this image"
                        : n + (n == 1 ? " container uses" : " containers use") + " this image"));

        getColumns().setAll(java.util.List.of(reference, id, size, created, used));
        getSortOrder().add(reference);
    }

    private <T> TableColumn<ImageRow, T> column(String title, String columnId, Function<ImageRow, T> value,
                                                double width) {
        TableColumn<ImageRow, T> col = new TableColumn<>(title);
        col.setId(columnId);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setPrefWidth(width);
        col.setMinWidth(width); // ids, sizes and times are short: they keep their width, the reference gives
        col.setMaxWidth(width * 1.4);
        return col;
    }

    /** repository:tag, or the dangling marker (icon and "&lt;none&gt;"), plus "+N" when the image has other tags. */
    private static final class ReferenceCell extends TableCell<ImageRow, ImageRow> {
        private final Label name = new Label();
        private final Label more = new Label();
        private final HBox box = new HBox(6, name, more);

        ReferenceCell() {
            name.getStyleClass().add("image-reference");
            more.getStyleClass().addAll("image-more-tags", Styles.TEXT_SMALL);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ImageRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.getStyleClass().remove("dangling");
            if (row.dangling()) {
                name.getStyleClass().add("dangling");
                name.setText(row.reference());
                name.setGraphic(Controls.icon(AppIcon.DANGLING));
            } else {
                name.setText(row.reference());
                name.setGraphic(null);
            }
            var others = row.otherTags();
            more.setVisible(!others.isEmpty());
            more.setManaged(!others.isEmpty());
            more.setText("+" + others.size());
            String tip = row.dangling()
                    ? "Untagged (dangling) image " + row.shortId() + ": only its id names it"
                    : others.isEmpty() ? row.reference() : row.reference() + "\nAlso tagged:\n  "
                    + String.join("\n  ", others);
            setTooltip(FormattedCell.tooltip(tip));
            setGraphic(box);
        }
    }
}
