package dev.porthole.ui.layers;

import atlantafx.base.theme.Styles;
import dev.porthole.layers.Analysis;
import dev.porthole.layers.InefficientFile;
import dev.porthole.layers.LayerOccurrence;
import dev.porthole.ui.lists.Columns;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * dive's numbers for the open image (score, potential waste, user wasted percent) and the inefficient files;
 * picking one shows the layers that hold it, with size and command: why it is wasted.
 */
final class EfficiencyPanel extends VBox {

    private final Label score = stat("efficiency-score");
    private final Label wasted = stat("efficiency-wasted");
    private final Label userWasted = stat("efficiency-user-wasted");
    private final TableView<InefficientFile> files = new TableView<>();
    private final TableView<LayerOccurrence> occurrences = new TableView<>();
    private final Label why = new Label();
    /** Told (layer, path) when the user picks a file or one of its layers. */
    private final BiConsumer<Integer, String> reveal;

    EfficiencyPanel(BiConsumer<Integer, String> reveal) {
        this.reveal = reveal;
        createView();
        initListeners();
    }

    private void createView() {
        setId("efficiency-panel");
        getStyleClass().add("efficiency-panel");
        HBox stats = new HBox(12, tile("Efficiency", score, "dive's score: the smallest copy of each path over "
                        + "all its copies"),
                tile("Potential waste", wasted, "Bytes of paths that more than one layer writes or removes"),
                tile("User wasted", userWasted, "Potential waste over the image size less its base layer"));
        stats.getStyleClass().add("efficiency-stats");

        files.setId("inefficient-files");
        files.getStyleClass().add(Styles.DENSE);
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        files.setPlaceholder(new Label("No file is held by more than one layer."));
        files.getColumns().add(column("Path", "inefficient-path", 240, InefficientFile::path));
        files.getColumns().add(column("Layers", "inefficient-count", 60, f -> Integer.toString(f.count())));
        files.getColumns().add(column("Wasted", "inefficient-bytes", 90, f -> LayersFormat.bytes(f.wastedBytes())));

        occurrences.setId("inefficient-occurrences");
        occurrences.getStyleClass().add(Styles.DENSE);
        occurrences.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        occurrences.setPlaceholder(new Label("Pick a file to see which layers hold it."));
        occurrences.getColumns().add(column("Layer", "occurrence-layer", 50, o -> Integer.toString(o.layerIndex())));
        occurrences.getColumns().add(column("What", "occurrence-kind", 80,
                o -> o.removal() ? "removes" : "writes"));
        occurrences.getColumns().add(column("Size", "occurrence-size", 80, o -> LayersFormat.bytes(o.sizeBytes())));
        occurrences.getColumns().add(column("Command", "occurrence-command", 260,
                o -> LayersFormat.oneLine(o.command(), 300)));
        why.setId("inefficient-why");
        why.getStyleClass().add(Styles.TEXT_MUTED);
        why.setWrapText(true);
        why.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox lower = new VBox(4, why, occurrences);
        VBox.setVgrow(occurrences, Priority.ALWAYS);

        SplitPane split = new SplitPane(files, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().setAll(stats, split);
    }

    private static Label stat(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().addAll("efficiency-value", Styles.TITLE_3);
        return l;
    }

    private static VBox tile(String title, Label value, String tip) {
        Label caption = new Label(title);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(2, caption, value);
        box.getStyleClass().add("efficiency-tile");
        box.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(box, new Tooltip(tip));
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, String id, double width, Function<T, String> f) {
        TableColumn<T, String> c = Columns.of(title, id, width, f);
        c.getStyleClass().add(id);
        c.setSortable(false);
        return c;
    }

    private void initListeners() {
        files.getSelectionModel().selectedItemProperty().addListener((obs, o, file) -> {
            occurrences.getItems().setAll(file == null ? java.util.List.of() : file.occurrences());
            why.setText(file == null ? "" : whyText(file));
            if (file != null && !file.occurrences().isEmpty()) {
                // where it ends up: the last layer that touches it
                reveal.accept(file.occurrences().getLast().layerIndex(), file.path());
            }
        });
        occurrences.getSelectionModel().selectedItemProperty().addListener((obs, o, occurrence) -> {
            InefficientFile file = files.getSelectionModel().getSelectedItem();
            if (occurrence != null && file != null) {
                reveal.accept(occurrence.layerIndex(), file.path());
            }
        });
    }

    /** "/etc/app.conf: written by layers 0 and 1. Each copy ships in its own layer…" */
    static String whyText(InefficientFile file) {
        List<Integer> writers = file.occurrences().stream().filter(o -> !o.removal())
                .map(LayerOccurrence::layerIndex).toList();
        List<Integer> removers = file.occurrences().stream().filter(LayerOccurrence::removal)
                .map(LayerOccurrence::layerIndex).toList();
        StringBuilder s = new StringBuilder(file.path()).append(": written by ").append(layers(writers));
        if (!removers.isEmpty()) {
            s.append(", removed by ").append(layers(removers));
        }
        s.append(". Each copy ships in its own layer, though only the top one can be seen");
        return s.append(removers.isEmpty() ? "." : ", and removing it frees nothing below.").toString();
    }

    private static String layers(List<Integer> indexes) {
        if (indexes.size() == 1) {
            return "layer " + indexes.getFirst();
        }
        String all = indexes.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return "layers " + all.substring(0, last) + " and " + all.substring(last + 2);
    }

    /** Shows the numbers and files of {@code analysis}, or clears the panel. */
    void show(Analysis analysis) {
        if (analysis == null) {
            score.setText("–");
            wasted.setText("–");
            userWasted.setText("–");
            files.getItems().clear();
            return;
        }
        score.setText(LayersFormat.score(analysis.efficiency()));
        wasted.setText(LayersFormat.bytes(analysis.wastedBytes()));
        userWasted.setText(LayersFormat.percent(analysis.userWastedPercent()));
        files.getItems().setAll(analysis.inefficientFiles());
    }

    TableView<InefficientFile> files() {
        return files;
    }

    TableView<LayerOccurrence> occurrences() {
        return occurrences;
    }
}
