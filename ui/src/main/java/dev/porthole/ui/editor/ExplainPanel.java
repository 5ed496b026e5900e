package dev.porthole.ui.editor;

import atlantafx.base.theme.Styles;
import dev.porthole.dockerfile.explain.Explanation;
import dev.porthole.dockerfile.explain.LineExplainer;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;

/**
 * The side panel explaining the caret's line in plain words (from {@link LineExplainer}), whether it makes a new
 * image layer, and which lines of the file do. Node ids: {@code #explain-text}, {@code #explain-layer},
 * {@code #explain-layers}.
 */
final class ExplainPanel extends VBox {

    private final LineExplainer explainer;
    private final Label heading = new Label("Line");
    private final Label text = new Label();
    private final Label layer = new Label();
    private final Label layers = new Label();
    private final ChangeListener<Object> refresh = (obs, was, now) -> show();
    private CodeEditor editor;

    ExplainPanel(LineExplainer explainer) {
        this.explainer = explainer;
        getStyleClass().add("explain-panel");
        heading.getStyleClass().add(Styles.TITLE_4);
        text.setId("explain-text");
        text.setWrapText(true);
        layer.setId("explain-layer");
        layer.getStyleClass().add("explain-layer");
        layers.setId("explain-layers");
        layers.setWrapText(true);
        layers.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label("About this line");
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TITLE_3);
        getChildren().addAll(title, heading, text, layer, layers);
        setSpacing(8);
        setPrefWidth(300);
        setMinWidth(220);
        show();
    }

    /** Explains the caret line of {@code next} from now on. */
    void follow(CodeEditor next) {
        if (editor != null) {
            editor.analysisProperty().removeListener(refresh);
            editor.area().currentParagraphProperty().removeListener(refresh);
        }
        editor = next;
        if (editor != null) {
            editor.analysisProperty().addListener(refresh);
            editor.area().currentParagraphProperty().addListener(refresh);
        }
        show();
    }

    private void show() {
        Analysis a = editor == null ? null : editor.analysisProperty().get();
        layer.getStyleClass().removeAll("new-layer", "no-layer");
        if (a == null) {
            heading.setText("");
            text.setText("Click a line of a Dockerfile to see what it does.");
            layer.setText("");
            layers.setText("");
            return;
        }
        int line = editor.area().getCurrentParagraph() + 1;
        Explanation e = explainer.explain(a.file(), Math.min(line, a.file().lines().lineCount()));
        heading.setText("Line " + line);
        text.setText(e.text());
        layer.setText(switch (e.layer()) {
            case NEW_LAYER -> "Makes a new image layer";
            case BASE_IMAGE -> "Starts from the base image's layers";
            case SETTINGS_ONLY -> "Changes settings only: no new layer";
            case NONE -> "";
        });
        layer.getStyleClass().add(e.addsLayer() ? "new-layer" : "no-layer");
        layers.setText(a.layerLines().isEmpty() ? "No line of this file adds a layer."
                : "Lines that add a layer: " + a.layerLines().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
    }

    Label textLabel() {
        return text;
    }
}
