package dev.porthole.ui.networks;

import atlantafx.base.theme.Styles;
import dev.porthole.model.NetworkSpec;
import dev.porthole.ui.lists.EngineList;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Map;

/**
 * Asks for a bridge network's name, optional subnet and gateway, and the internal flag, then creates it; the
 * dialog stays open with the engine's answer when it refuses. Node ids: {@code #network-create-name},
 * {@code -subnet}, {@code -gateway}, {@code -internal}, {@code -error}, {@code -ok}.
 */
final class CreateNetworkDialog extends Dialog<ButtonType> {

    CreateNetworkDialog(NetworksModel model, Window owner, Map<String, String> labels) {
        setTitle("Create network");
        setHeaderText("Create a bridge network");
        if (owner != null) {
            initOwner(owner);
        }
        TextField name = field("network-create-name", "my-network");
        TextField subnet = field("network-create-subnet", "optional, e.g. 172.30.0.0/16");
        TextField gateway = field("network-create-gateway", "optional, e.g. 172.30.0.1");
        CheckBox internal = new CheckBox("Internal: no route outside the network");
        internal.setId("network-create-internal");
        Label error = new Label();
        error.setId("network-create-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.setMaxWidth(420);

        GridPane form = new GridPane(10, 10);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Subnet"), subnet);
        form.addRow(2, new Label("Gateway"), gateway);
        form.add(internal, 1, 3);
        form.add(error, 0, 4, 2, 1);
        getDialogPane().setContent(form);

        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, create);
        Button ok = (Button) getDialogPane().lookupButton(create);
        ok.setId("network-create-ok");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.disableProperty().bind(name.textProperty().isEmpty());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes once the engine said yes
            if (!gateway.getText().isBlank() && subnet.getText().isBlank()) {
                error.setText("A gateway needs a subnet it belongs to.");
                return;
            }
            error.setText("");
            model.create(new NetworkSpec(name.getText().trim(), "bridge", subnet.getText(), gateway.getText(),
                    internal.isSelected(), labels), id -> {
                setResult(create);
                close();
            }, failure -> error.setText(EngineList.describe(failure)));
        });
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(22);
        return f;
    }
}
