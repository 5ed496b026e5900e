package dev.porthole.ui.editor;

import atlantafx.base.theme.Styles;
import dev.porthole.dockerfile.highlight.DockerfileHighlighter;
import dev.porthole.dockerfile.template.Template;
import dev.porthole.dockerfile.template.TemplateCatalog;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

import java.util.List;
import java.util.Objects;

/**
 * "New from template": the templates with their descriptions and files, and a highlighted preview of the
 * Dockerfile. Returns the template picked; the page asks for the folder and writes it. Node ids:
 * {@code #template-list}, {@code #template-description}, {@code #template-preview}, {@code #template-create}.
 */
final class TemplateGallery extends Dialog<Template> {

    private static final String STYLESHEET =
            Objects.requireNonNull(TemplateGallery.class.getResource("editor.css")).toExternalForm();

    TemplateGallery(TemplateCatalog catalog, Window owner) {
        setTitle("New from template");
        setHeaderText("Start from a working Dockerfile with its sample app");
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().setId("template-gallery");
        getDialogPane().getStylesheets().add(STYLESHEET);
        getDialogPane().setPrefSize(1000, 680);
        getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        setResizable(true);
        ListView<Template> list = new ListView<>();
        list.setId("template-list");
        list.getItems().setAll(catalog.templates());
        list.setPrefWidth(330);
        list.setMinWidth(260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Template t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.title());
            }
        });
        Label description = new Label();
        description.setId("template-description");
        description.setWrapText(true);
        Label files = new Label();
        files.getStyleClass().add(Styles.TEXT_MUTED);
        files.setWrapText(true);
        CodeArea preview = new CodeArea();
        preview.setId("template-preview");
        preview.getStyleClass().add("dockerfile-area");
        preview.setEditable(false);
        preview.setPrefSize(640, 420);
        VBox.setVgrow(preview, javafx.scene.layout.Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, t) -> {
            if (t == null) {
                return;
            }
            description.setText(t.description());
            files.setText("Files: " + String.join(", ", t.files()) + (t.needsStaticBusybox()
                    ? ", busybox (copied from " + "/bin/busybox when it is a static binary)" : ""));
            String text = catalog.dockerfile(t);
            preview.replaceText(text);
            preview.setStyleSpans(0, EditorStyles.spans(text.length(), DockerfileHighlighter.tokens(text), List.of()));
            preview.moveTo(0);
            preview.requestFollowCaret();
        });
        VirtualizedScrollPane<CodeArea> scroller = new VirtualizedScrollPane<>(preview);
        VBox.setVgrow(scroller, javafx.scene.layout.Priority.ALWAYS);
        VBox right = new VBox(8, description, files, scroller);
        right.setPrefWidth(660);
        BorderPane content = new BorderPane();
        content.setLeft(list);
        content.setCenter(right);
        BorderPane.setMargin(right, new javafx.geometry.Insets(0, 0, 0, 12));
        getDialogPane().setContent(content);
        ButtonType create = new ButtonType("Choose folder and create…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, create);
        Button ok = (Button) getDialogPane().lookupButton(create);
        ok.setId("template-create");
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(type -> type == create ? list.getSelectionModel().getSelectedItem() : null);
        list.getSelectionModel().selectFirst();
    }
}
