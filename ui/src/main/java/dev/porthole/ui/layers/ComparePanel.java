package dev.porthole.ui.layers;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.layers.ImageComparison;
import dev.porthole.layers.ImageComparison.LayerPair;
import dev.porthole.layers.LayerInfo;
import dev.porthole.ui.controls.Controls;
import javafx.beans.binding.Bindings;
import dev.porthole.ui.lists.Columns;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** Compares the open image with a second one: shared layers, and each position's size difference. */
final class ComparePanel extends VBox {

    private final LayersModel model;
    private final Runnable pickArchive;
    private final ComboBox<EngineImage> other = new ComboBox<>();
    private final Label summary = new Label();
    private final TableView<LayerPair> pairs = new TableView<>();

    ComparePanel(LayersModel model, Runnable pickArchive) {
        this.model = model;
        this.pickArchive = pickArchive;
        createView();
        initListeners();
    }

    private void createView() {
        setId("compare-panel");
        getStyleClass().add("compare-panel");
        other.setId("compare-image");
        other.setPromptText("An engine image");
        other.setItems(model.engineImages());
        other.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(other, Priority.ALWAYS);
        Button compare = new Button("Compare", Controls.icon(AppIcon.COMPARE));
        compare.setId("compare-run");
        compare.setTooltip(new Tooltip("Compare the open image with this one"));
        compare.disableProperty().bind(other.valueProperty().isNull().or(model.busyProperty())
                .or(model.analysisProperty().isNull()));
        compare.setOnAction(e -> model.compareWithImage(other.getValue().reference()));
        Button archive = new Button("Archive…", Controls.icon(AppIcon.FILE_OPEN));
        archive.setId("compare-archive");
        archive.setTooltip(new Tooltip("Compare the open image with an image archive file"));
        archive.disableProperty().bind(model.busyProperty().or(model.analysisProperty().isNull()));
        archive.setOnAction(e -> pickArchive.run());
        HBox picker = new HBox(6, other, compare, archive);
        picker.setAlignment(Pos.CENTER_LEFT);

        summary.setId("compare-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.getStyleClass().add(Styles.TEXT_MUTED);

        pairs.setId("compare-table");
        pairs.getStyleClass().add(Styles.DENSE);
        pairs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pairs.setPlaceholder(new Label("Pick a second image to compare layer by layer."));
        pairs.getColumns().add(column("#", "compare-index", 40, p -> Integer.toString(p.index())));
        pairs.getColumns().add(column("Before", "compare-before", 160, p -> side(p.before())));
        pairs.getColumns().add(column("After", "compare-after", 160, p -> side(p.after())));
        pairs.getColumns().add(column("Change", "compare-delta", 90, p -> LayersFormat.delta(p.sizeDeltaBytes())));
        TableColumn<LayerPair, String> shared = column("Layer", "compare-shared", 96, ComparePanel::pairText);
        shared.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("compare-same", "compare-differs");
                setText(empty ? null : item);
                setGraphic(empty ? null : Controls.icon("shared".equals(item) ? AppIcon.LINK : AppIcon.COMPARE));
                if (!empty) {
                    getStyleClass().add("shared".equals(item) ? "compare-same" : "compare-differs");
                }
            }
        });
        pairs.getColumns().add(shared);
        VBox.setVgrow(pairs, Priority.ALWAYS);
        getChildren().setAll(picker, summary, pairs);
    }

    private static String side(LayerInfo layer) {
        // size first: a narrow column cuts the digest, not the number
        return layer == null ? "—" : LayersFormat.bytes(layer.sizeBytes()) + " · " + layer.shortDigest();
    }

    /** "shared", "differs", or which image alone has a layer at this position. */
    static String pairText(LayerPair p) {
        if (p.shared()) {
            return "shared";
        }
        if (p.before() == null) {
            return "only after";
        }
        return p.after() == null ? "only before" : "differs";
    }

    private static <T> TableColumn<T, String> column(String title, String id, double width, Function<T, String> f) {
        TableColumn<T, String> c = Columns.of(title, id, width, f);
        c.getStyleClass().add(id);
        c.setSortable(false);
        return c;
    }

    private void initListeners() {
        summary.textProperty().bind(Bindings.createStringBinding(() -> summaryText(model.comparisonProperty().get()),
                model.comparisonProperty()));
        model.comparisonProperty().addListener((obs, o, c) -> pairs.getItems().setAll(
                c == null ? java.util.List.of() : c.layers()));
    }

    /** "Shares 3 of 5 layers (4.2 MB) with nginx:1.27; 1.3 MB larger." */
    static String summaryText(ImageComparison c) {
        if (c == null) {
            return "Compare with a second image, say the same Dockerfile before and after a change.";
        }
        int total = Math.max(c.before().layers().size(), c.after().layers().size());
        long delta = c.sizeDeltaBytes();
        String size = delta == 0 ? "the same size" : LayersFormat.bytes(Math.abs(delta))
                + (delta > 0 ? " larger" : " smaller");
        return c.before().image() + " → " + c.after().image() + ": " + c.sharedLayers() + " of " + total
                + " layers shared (" + LayersFormat.bytes(c.sharedBytes()) + "); the second image is " + size + ".";
    }
}
