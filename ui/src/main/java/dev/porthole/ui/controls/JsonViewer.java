package dev.porthole.ui.controls;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Read-only, monospace view of a JSON document (inspect output), with a copy button and a caption.
 * The caller passes the text to show, already pretty-printed and, where needed, masked:
 * <pre>{@code
 * JsonViewer json = new JsonViewer();
 * json.setCaption("docker inspect " + name);
 * json.setJson(prettyJson);
 * }</pre>
 * Node ids for tests: the text area is {@code .json-text}, the copy button {@code .json-copy}.
 */
public class JsonViewer extends BorderPane {

    private final StringProperty json = new SimpleStringProperty(this, "json", "");
    private final TextArea text = new TextArea();
    private final Label caption = new Label();

    public JsonViewer() {
        getStyleClass().add("json-viewer");
        getStylesheets().add(Controls.STYLESHEET);

        text.setEditable(false);
        text.setWrapText(false);
        text.getStyleClass().add("json-text");
        text.textProperty().bind(json);

        Button copy = new Button(null, Controls.icon(AppIcon.COPY));
        copy.getStyleClass().addAll("json-copy", Styles.BUTTON_ICON, Styles.FLAT);
        copy.setTooltip(new Tooltip("Copy JSON"));
        copy.setAccessibleText("Copy JSON");
        copy.disableProperty().bind(json.isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(json.get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });

        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, caption, grow, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("json-bar");

        setTop(bar);
        setCenter(text);
    }

    /** The JSON text shown. */
    public StringProperty jsonProperty() {
        return json;
    }

    public String getJson() {
        return json.get();
    }

    public void setJson(String value) {
        // keep the scroll position when the same document is shown again (a refresh)
        double top = text.getScrollTop();
        json.set(value == null ? "" : value);
        text.setScrollTop(top);
    }

    /** A line above the text ("Inspect of web-1"); empty hides nothing, it just reads blank. */
    public void setCaption(String value) {
        caption.setText(value);
    }

    /** The text area, for tests and for callers that want to add a context menu. */
    public TextArea textArea() {
        return text;
    }
}
