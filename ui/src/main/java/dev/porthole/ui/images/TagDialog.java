package dev.porthole.ui.images;

import atlantafx.base.theme.Styles;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * Adds a tag to an image: repository and tag, checked against the docker reference rules as the user types.
 * When the name already belongs to another image it asks before moving it. Engine failures stay in the dialog.
 * Node ids: {@code #tag-repository}, {@code #tag-tag}, {@code #tag-error}, {@code #tag-overwrite},
 * {@code #tag-confirm}.
 */
final class TagDialog extends Dialog<ButtonType> {

    private final ImagesModel model;
    private final ImageRow row;
    private final TextField repository = new TextField();
    private final TextField tag = new TextField();
    private final Label error = new Label();
    private final CheckBox overwrite = new CheckBox();
    private final Button confirm;
    private boolean busy;

    TagDialog(ImagesModel model, ImageRow row, Window owner) {
        this.model = model;
        this.row = row;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Tag image");
        setHeaderText("Add a tag to " + (row.dangling() ? "image " + row.shortId() : row.reference()));
        setGraphic(Controls.icon(AppIcon.TAG));
        getDialogPane().getStylesheets().add(ImagesView.STYLESHEET);
        getDialogPane().getStyleClass().add("image-dialog");

        repository.setId("tag-repository");
        repository.setPromptText("myapp or registry.example.com/team/myapp");
        repository.setText(row.dangling() ? "" : row.repository());
        tag.setId("tag-tag");
        tag.setPromptText("latest");
        error.setId("tag-error");
        error.getStyleClass().addAll(Styles.DANGER, "field-error");
        error.setWrapText(true);
        overwrite.setId("tag-overwrite");
        overwrite.setWrapText(true);

        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label("Repository"), repository);
        grid.addRow(1, new Label("Tag"), tag);
        GridPane.setHgrow(repository, Priority.ALWAYS);
        Label hint = new Label("Lowercase letters, digits and . _ - in the repository; a registry host may lead"
                + " (localhost:5000/app). A tag may use letters, digits, _ . and -.");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // wrapped labels keep their height when the window is fitted to the scene
        for (var wrapped : List.of(hint, error, overwrite)) {
            wrapped.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox body = new VBox(10, grid, hint, error, overwrite);
        body.setPrefWidth(480);
        getDialogPane().setContent(body);

        ButtonType tagType = new ButtonType("Tag", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, tagType);
        confirm = (Button) getDialogPane().lookupButton(tagType);
        confirm.setId("tag-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the engine has tagged
            submit();
        });

        repository.textProperty().addListener((obs, o, n) -> validate());
        tag.textProperty().addListener((obs, o, n) -> validate());
        overwrite.selectedProperty().addListener((obs, o, n) -> validate());
        validate();
        Platform.runLater(tag::requestFocus);
    }

    /** Shows the dialog; returns when it closes. */
    void ask() {
        showAndWait();
    }

    /** Checks the fields; shows the first problem and enables Tag only when there is none. */
    private void validate() {
        Optional<String> problem = ImageReference.repositoryError(repository.getText());
        if (problem.isEmpty()) {
            problem = ImageReference.tagError(tag.getText());
        }
        boolean untouched = tag.getText().isEmpty() && problem.isPresent() && problem.get().startsWith("Enter a tag");
        String clashOwner = null;
        if (problem.isEmpty()) {
            Optional<String> clash = ImageReference.clash(repository.getText(), tag.getText(), model.allTags());
            if (clash.isPresent()) {
                ImageRow taken = owner(clash.get());
                if (taken != null && taken.image().id().equals(row.image().id())) {
                    problem = Optional.of("This image is already tagged " + clash.get() + ".");
                } else {
                    clashOwner = clash.get() + (taken == null ? "" : " (image " + taken.shortId() + ")");
                }
            }
        }
        boolean showOverwrite = clashOwner != null;
        overwrite.setVisible(showOverwrite);
        overwrite.setManaged(showOverwrite);
        if (showOverwrite) {
            overwrite.setText("Move the tag " + clashOwner + " to this image");
        } else {
            overwrite.setSelected(false);
        }
        String message = untouched ? "" : problem.orElse(showOverwrite
                ? clashOwner + " already exists. Tagging moves it here; the other image keeps its other tags." : "");
        error.setText(message);
        error.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING);
        error.getStyleClass().add(problem.isPresent() ? Styles.DANGER : Styles.WARNING);
        error.setVisible(!message.isEmpty());
        error.setManaged(!message.isEmpty());
        confirm.setDisable(busy || problem.isPresent() || (showOverwrite && !overwrite.isSelected()));
        fit();
    }

    /** Grows the window when a message or the overwrite box appears. */
    private void fit() {
        var window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (window != null && window.isShowing()) {
            window.sizeToScene();
        }
    }

    private ImageRow owner(String reference) {
        List<ImageRow> rows = model.list().rows();
        return rows.stream().filter(r -> r.reference().equals(reference)).findFirst().orElse(null);
    }

    private void submit() {
        busy = true;
        validate();
        model.tag(row, repository.getText(), tag.getText(), () -> {
            setResult(ButtonType.OK);
            close();
        }, failure -> {
            busy = false;
            validate();
            error.setText("The engine refused: " + EngineList.describe(failure));
            error.getStyleClass().removeAll(Styles.WARNING);
            error.getStyleClass().add(Styles.DANGER);
            error.setVisible(true);
            error.setManaged(true);
            fit();
        });
    }
}
