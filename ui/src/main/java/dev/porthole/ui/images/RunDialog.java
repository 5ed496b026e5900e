package dev.porthole.ui.images;

import atlantafx.base.theme.Styles;
import dev.porthole.ui.lists.EngineList;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.RunSpec;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.images.RunSpecParser.Field;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a container from an image: name, command, environment, ports, volumes, labels, restart policy and
 * auto-remove. Each field is checked by {@link RunSpecParser}; its problem shows under it. The container is
 * created and started off the FX thread; on success the dialog closes and {@code onStarted} gets its id.
 * Node ids: {@code #run-name}, {@code #run-command}, {@code #run-env}, {@code #run-ports}, {@code #run-volumes},
 * {@code #run-labels}, {@code #run-restart}, {@code #run-autoremove}, {@code #run-error-FIELD} (lower case),
 * {@code #run-error} (engine failures), {@code #run-confirm}.
 */
final class RunDialog extends Dialog<String> {

    private final ImagesModel model;
    private final ImageRow row;
    private final Consumer<String> onStarted;
    private final TextField name = new TextField();
    private final TextField command = new TextField();
    private final TextArea env = area("run-env", "KEY=value, one a line");
    private final TextArea ports = area("run-ports", "8080:80\n5353:53/udp");
    private final TextArea volumes = area("run-volumes", "/host/path:/data\nmy-volume:/cache:ro");
    private final TextArea labels = area("run-labels", "key=value, one a line");
    private final ComboBox<String> restart = new ComboBox<>();
    private final CheckBox autoRemove = new CheckBox("Remove the container when it exits");
    private final Map<Field, Label> errors = new EnumMap<>(Field.class);
    private final Label engineError = new Label();
    private final Button confirm;

    RunDialog(ImagesModel model, ImageRow row, Window owner, Consumer<String> onStarted) {
        this.model = model;
        this.row = row;
        this.onStarted = onStarted;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Run container");
        setHeaderText("Run a container from " + (row.dangling() ? "image " + row.shortId() : row.reference()));
        setGraphic(Controls.icon(AppIcon.RUN));
        setResizable(true);
        getDialogPane().getStylesheets().add(ImagesView.STYLESHEET);
        getDialogPane().getStyleClass().addAll("image-dialog", "run-dialog");

        name.setId("run-name");
        name.setPromptText("chosen by the engine");
        command.setId("run-command");
        command.setPromptText("the image's default command");
        restart.setId("run-restart");
        restart.getItems().setAll(RunSpecParser.RESTART_POLICIES);
        restart.setValue("no");
        autoRemove.setId("run-autoremove");

        GridPane grid = new GridPane(12, 4);
        ColumnConstraints labelsColumn = new ColumnConstraints();
        labelsColumn.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labelsColumn, fields);
        int r = 0;
        r = addField(grid, r, "Name", name, Field.NAME);
        r = addField(grid, r, "Command", command, Field.COMMAND);
        r = addField(grid, r, "Environment", env, Field.ENV);
        r = addField(grid, r, "Ports", ports, Field.PORTS);
        r = addField(grid, r, "Volumes", volumes, Field.VOLUMES);
        r = addField(grid, r, "Labels", labels, Field.LABELS);
        r = addField(grid, r, "Restart", restart, Field.RESTART);
        grid.add(autoRemove, 1, r);

        engineError.setId("run-error");
        engineError.setWrapText(true);
        engineError.setMinHeight(Region.USE_PREF_SIZE);
        engineError.getStyleClass().addAll(Styles.DANGER, "field-error");
        show(engineError, null);

        ScrollPane scroll = new ScrollPane(new VBox(12, grid, engineError));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.FLAT);
        scroll.setPrefViewportWidth(560);
        getDialogPane().setContent(scroll);

        ButtonType runType = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, runType);
        confirm = (Button) getDialogPane().lookupButton(runType);
        confirm.setId("run-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setGraphic(Controls.icon(AppIcon.START));
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stays open until the container runs, so a refusal can be fixed here
            submit();
        });
        setResultConverter(type -> null);
        Platform.runLater(name::requestFocus);
    }

    /** Shows the dialog and returns at once; {@code onStarted} runs when the container is up. */
    void open() {
        show();
    }

    private int addField(GridPane grid, int r, String text, Node field, Field key) {
        Label label = new Label(text);
        GridPane.setValignment(label, field instanceof TextArea ? VPos.TOP : VPos.CENTER);
        if (field instanceof TextArea) {
            label.getStyleClass().add("area-label");
        }
        grid.add(label, 0, r);
        grid.add(field, 1, r);
        Label error = new Label();
        error.setId("run-error-" + key.name().toLowerCase(java.util.Locale.ROOT));
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-error");
        show(error, null);
        grid.add(error, 1, r + 1);
        errors.put(key, error);
        if (field instanceof TextInputControl input) {
            input.textProperty().addListener((obs, o, n) -> show(error, null));
        }
        return r + 2;
    }

    /** The form as typed. */
    RunSpecParser.Form form() {
        return new RunSpecParser.Form(row.target(), name.getText(), command.getText(), env.getText(),
                ports.getText(), volumes.getText(), restart.getValue(), autoRemove.isSelected(), labels.getText());
    }

    private void submit() {
        RunSpecParser.Result result = RunSpecParser.parse(form());
        errors.forEach((field, label) -> show(label, result.errors().get(field)));
        show(engineError, null);
        if (!result.ok()) {
            return;
        }
        RunSpec spec = result.spec();
        confirm.setDisable(true);
        model.run(spec, id -> {
            setResult(id);
            close();
            onStarted.accept(id);
        }, failure -> {
            confirm.setDisable(false);
            show(engineError, "The engine could not run it: " + EngineList.describe(failure));
        });
    }

    private void show(Label label, String message) {
        boolean on = message != null && !message.isEmpty();
        label.setText(on ? message : "");
        label.setVisible(on);
        label.setManaged(on);
        var window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (window != null && window.isShowing()) {
            window.sizeToScene(); // make room for the message
        }
    }

    private static TextArea area(String id, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setPrefRowCount(2);
        a.setWrapText(false);
        a.getStyleClass().add("run-lines");
        return a;
    }
}
