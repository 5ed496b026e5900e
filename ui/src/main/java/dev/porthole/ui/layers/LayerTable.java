package dev.porthole.ui.layers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.porthole.layers.LayerInfo;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.function.Function;

/** The image's layers, bottom first: index, size with a bar (like dive), digest, command, and change counts. */
final class LayerTable extends TableView<LayerInfo> {

    private static final double BAR_WIDTH = 60;
    private long largest;

    LayerTable() {
        setId("layer-table");
        getStyleClass().addAll("layer-table", Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No image open."));
        TableColumn<LayerInfo, LayerInfo> size = new TableColumn<>("Size");
        size.setId("layer-size");
        size.setPrefWidth(BAR_WIDTH + 95);
        size.setMinWidth(BAR_WIDTH + 95);
        size.setSortable(false);
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        size.setCellFactory(c -> new SizeBarCell());
        getColumns().addAll(List.of(
                text("#", "layer-index", 36, l -> Integer.toString(l.index())),
                size,
                counted("+", "layer-added", "Files added", l -> Integer.toString(l.added())),
                counted("~", "layer-modified", "Files modified", l -> Integer.toString(l.modified())),
                counted("\u2212", "layer-removed", "Files removed", l -> Integer.toString(l.removed())),
                text("Digest", "layer-digest", 118, LayerInfo::shortDigest),
                command()));
    }

    /** Shows {@code layers}, scaling the bars to the largest. */
    void show(List<LayerInfo> layers) {
        largest = layers.stream().mapToLong(LayerInfo::sizeBytes).max().orElse(0);
        getItems().setAll(layers);
    }

    private static TableColumn<LayerInfo, String> text(String title, String id, double width,
                                                       Function<LayerInfo, String> value) {
        TableColumn<LayerInfo, String> c = new TableColumn<>(title);
        c.setId(id);
        c.getStyleClass().add(id);
        c.setPrefWidth(width);
        c.setMinWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** A narrow count column whose header says what it counts in a tooltip. */
    private static TableColumn<LayerInfo, String> counted(String symbol, String id, String tip,
                                                          Function<LayerInfo, String> value) {
        TableColumn<LayerInfo, String> c = text("", id, 48, value);
        Label header = new Label(symbol);
        header.setTooltip(new Tooltip(tip));
        c.setGraphic(header);
        return c;
    }

    private static TableColumn<LayerInfo, String> command() {
        TableColumn<LayerInfo, String> c = text("Command", "layer-command", 200,
                l -> LayersFormat.oneLine(l.command(), 400));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                LayerInfo layer = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(layer == null || layer.command().isEmpty() ? null : new Tooltip(layer.command()));
            }
        });
        return c;
    }

    /** The size in text beside a bar as long as its share of the largest layer. */
    private final class SizeBarCell extends TableCell<LayerInfo, LayerInfo> {

        private final Region bar = new Region();
        private final Label label = new Label();
        private final StackPane track = new StackPane(bar);
        private final HBox box = new HBox(6, track, label);

        SizeBarCell() {
            bar.getStyleClass().add("layer-size-bar");
            label.getStyleClass().add("layer-size-text");
            box.setAlignment(Pos.CENTER_LEFT);
            track.getStyleClass().add("layer-size-track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setMinWidth(BAR_WIDTH);
            track.setPrefWidth(BAR_WIDTH);
            track.setMaxWidth(BAR_WIDTH);
            bar.setMinHeight(10);
            bar.setMaxHeight(10);
        }

        @Override
        protected void updateItem(LayerInfo layer, boolean empty) {
            super.updateItem(layer, empty);
            if (empty || layer == null) {
                setGraphic(null);
                return;
            }
            double width = Math.round(BAR_WIDTH * LayersFormat.barRatio(layer.sizeBytes(), largest));
            bar.setMinWidth(width);
            bar.setPrefWidth(width);
            bar.setMaxWidth(width);
            label.setText(LayersFormat.bytes(layer.sizeBytes()));
            setGraphic(box);
        }
    }
}
