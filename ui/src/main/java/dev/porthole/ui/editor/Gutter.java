package dev.porthole.ui.editor;

import dev.porthole.dockerfile.lint.Finding;
import dev.porthole.dockerfile.lint.Severity;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The code area's gutter: the line number, a marker of the most serious finding on the line (its tooltip lists
 * the messages; clicking it offers the quick fixes), and a small layer glyph on lines that add an image layer.
 * Only visible lines have gutter nodes, so re-installing the factory after an analysis is cheap.
 */
final class Gutter {

    private final CodeArea area;
    private final IntFunction<Node> numbers;
    private Analysis shown;
    private Map<Integer, Severity> severities = Map.of();
    private BiConsumer<Integer, Node> onMarkerClick = (line, node) -> { };

    Gutter(CodeArea area) {
        this.area = area;
        this.numbers = LineNumberFactory.get(area);
        install();
    }

    /** Who is told when a marker is clicked: the 1-based line and the marker node (to anchor a menu). */
    void setOnMarkerClick(BiConsumer<Integer, Node> handler) {
        this.onMarkerClick = handler;
    }

    /** Shows the markers of an analysis (null: none). */
    void show(Analysis analysis) {
        this.shown = analysis;
        this.severities = analysis == null ? Map.of() : analysis.severityByLine();
        install();
    }

    /** The severity marked on a 1-based line, or null. */
    Severity severityOn(int line) {
        return severities.get(line);
    }

    private void install() {
        // a new factory instance makes the area rebuild the visible gutter nodes
        Analysis analysis = shown;
        Map<Integer, Severity> marks = severities;
        Set<Integer> layers = analysis == null ? Set.of() : analysis.layerLines();
        area.setParagraphGraphicFactory(paragraph -> graphic(paragraph, analysis, marks, layers));
    }

    private Node graphic(int paragraph, Analysis analysis, Map<Integer, Severity> marks, Set<Integer> layers) {
        int line = paragraph + 1;
        StackPane marker = new StackPane();
        marker.getStyleClass().add("gutter-marker");
        Severity severity = marks.get(line);
        if (severity != null && analysis != null) {
            FontIcon icon = Controls.icon(switch (severity) {
                case ERROR -> AppIcon.ERROR;
                case WARNING -> AppIcon.WARNING;
                case INFO -> AppIcon.INFO;
            });
            icon.getStyleClass().addAll("gutter-icon", "gutter-" + severity.label());
            marker.getChildren().add(icon);
            marker.setId("gutter-marker-" + line);
            List<Finding> findings = analysis.findingsOn(line);
            Tooltip.install(marker, new Tooltip(findings.stream()
                    .map(f -> f.ruleId() + " " + f.severity().label() + ": " + f.message())
                    .collect(Collectors.joining("\n"))));
            marker.setOnMouseClicked(e -> onMarkerClick.accept(line, marker));
        }
        Label layer = new Label();
        layer.getStyleClass().add("gutter-layer");
        if (layers.contains(line)) {
            layer.setGraphic(Controls.icon(AppIcon.LAYER));
            Tooltip.install(layer, new Tooltip("This instruction adds a new image layer."));
        }
        HBox box = new HBox(numbers.apply(paragraph), marker, layer);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("editor-gutter");
        return box;
    }
}
