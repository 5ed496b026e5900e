package dev.porthole.ui.volumes;

import atlantafx.base.theme.Styles;
import dev.porthole.ui.lists.EngineList;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Map;

/**
 * Asks for a new volume's name (blank: the engine picks one), driver and labels, then creates it; the dialog
 * stays open with the engine's answer when it refuses. Node ids: {@code #volume-create-name}, {@code -driver},
 * {@code -labels}, {@code -error}, {@code -ok}.
 */
final class CreateVolumeDialog extends Dialog<ButtonType> {

    private final TextField name = new TextField();
    private final TextField driver = new TextField("local");
    private final TextArea labels = new TextArea();
    private final Label error = new Label();

    CreateVolumeDialog(VolumesModel model, Window owner) {
        setTitle("Create volume");
        setHeaderText("Create a volume");
        if (owner != null) {
            initOwner(owner);
        }
        name.setId("volume-create-name");
        name.setPromptText("Leave blank for a generated name");
        driver.setId("volume-create-driver");
        labels.setId("volume-create-labels");
        labels.setPromptText("name=value, one a line");
        labels.setPrefRowCount(3);
        error.setId("volume-create-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(420);

        GridPane form = new GridPane(10, 10);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Driver"), driver);
        form.addRow(2, new Label("Labels"), labels);
        form.add(error, 0, 3, 2, 1);
        getDialogPane().setContent(form);

        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, create);
        Button ok = (Button) getDialogPane().lookupButton(create);
        ok.setId("volume-create-ok");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes once the engine said yes
            Map<String, String> parsed;
            try {
                parsed = VolumeFormat.parseLabels(labels.getText());
            } catch (IllegalArgumentException bad) {
                error.setText(bad.getMessage());
                return;
            }
            ok.setDisable(true);
            error.setText("");
            model.create(name.getText(), driver.getText(), parsed, v -> {
                setResult(create);
                close();
            }, failure -> {
                ok.setDisable(false);
                error.setText(EngineList.describe(failure));
            });
        });
    }
}
