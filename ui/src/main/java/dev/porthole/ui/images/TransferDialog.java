package dev.porthole.ui.images;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.LayerProgress;
import dev.porthole.ui.controls.Controls;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Pulls an image, or pushes one: the reference, one row per layer (state, progress bar, bytes), an overall bar
 * and Cancel. It does not block the window; closing it cancels a transfer still running. Node ids:
 * {@code #transfer-reference}, {@code #transfer-start}, {@code #transfer-status}, {@code #transfer-overall},
 * {@code #transfer-summary}, {@code #transfer-layers}, {@code #transfer-error}, {@code #transfer-cancel}.
 */
final class TransferDialog extends Dialog<Void> {

    private final TransferModel model;
    private final TextField reference = new TextField();
    private final Label error;

    private TransferDialog(TransferModel model, Window owner, String title, String header, String field,
                           String initial, String startText, AppIcon icon, Runnable start) {
        this.model = model;
        this.error = ProblemLine.of("transfer-error", model.problemProperty());
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.NONE);
        setTitle(title);
        setHeaderText(header);
        setGraphic(Controls.icon(icon));
        setResizable(true);
        getDialogPane().setId("transfer-dialog");
        getDialogPane().getStylesheets().add(ImagesView.STYLESHEET);
        getDialogPane().getStyleClass().addAll("image-dialog", "transfer-dialog");

        reference.setId("transfer-reference");
        reference.setText(initial);
        reference.setPromptText("127.0.0.1:5000/team/app:1.0");
        HBox.setHgrow(reference, Priority.ALWAYS);
        Button go = new Button(startText, Controls.icon(icon));
        go.setId("transfer-start");
        go.getStyleClass().add(Styles.ACCENT);
        go.setDefaultButton(true);
        go.disableProperty().bind(model.runningProperty().or(reference.textProperty().isEmpty()));
        go.setOnAction(e -> start.run());
        reference.setOnAction(e -> {
            if (!go.isDisabled()) {
                start.run();
            }
        });
        HBox top = new HBox(8, new Label(field), reference, go);
        top.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("transfer-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        ProgressBar overall = new ProgressBar();
        overall.setId("transfer-overall");
        overall.setMaxWidth(Double.MAX_VALUE);
        overall.progressProperty().bind(model.overallProperty());
        overall.visibleProperty().bind(model.outcomeProperty().isNotEqualTo(TransferModel.Outcome.NONE));
        overall.managedProperty().bind(overall.visibleProperty());
        Label summary = new Label();
        summary.setId("transfer-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());

        ListView<LayerProgress> layers = new ListView<>(model.layers());
        layers.setId("transfer-layers");
        layers.setCellFactory(l -> new LayerCell());
        layers.setPlaceholder(new Label("Layers appear here once the engine names them."));
        layers.setPrefHeight(260);
        VBox.setVgrow(layers, Priority.ALWAYS);

        VBox body = new VBox(10, top, status, overall, summary, layers, error);
        body.setPrefWidth(680);
        getDialogPane().setContent(body);

        ButtonType cancelType = new ButtonType("Cancel " + startText.toLowerCase(), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().setAll(cancelType, ButtonType.CLOSE);
        Button cancel = (Button) getDialogPane().lookupButton(cancelType);
        cancel.setId("transfer-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // cancelling keeps the dialog open to show what was done
            model.cancel();
        });
        setOnHidden(e -> model.close());
        Platform.runLater(reference::requestFocus);
    }

    /** A dialog that pulls the reference the user enters. */
    static TransferDialog pull(TransferModel model, Window owner) {
        TransferDialog[] self = new TransferDialog[1];
        self[0] = new TransferDialog(model, owner, "Pull an image",
                "Pull an image from a registry (the stored sign-in of its registry is used)", "Image", "", "Pull",
                AppIcon.PULL, () -> model.pull(self[0].reference.getText()));
        return self[0];
    }

    /** A dialog that pushes {@code row}'s image under the reference the user enters (tagging it first). */
    static TransferDialog push(TransferModel model, ImageRow row, Window owner) {
        TransferDialog[] self = new TransferDialog[1];
        String current = row.dangling() ? "" : row.reference();
        String initial = current.isEmpty() || dev.porthole.model.ImageName.parse(current).registry().isEmpty()
                ? "127.0.0.1:5000/" + (current.isEmpty() ? "app:latest" : current) : current;
        self[0] = new TransferDialog(model, owner, "Push an image",
                "Push " + (row.dangling() ? "image " + row.shortId() : row.reference())
                        + " to a registry (tagged with the name first when it lacks it)", "Push as", initial,
                "Push", AppIcon.PUSH, () -> model.push(row.image().id(), current, self[0].reference.getText()));
        return self[0];
    }

    /** One layer: id, state, its bar and bytes. */
    private static final class LayerCell extends ListCell<LayerProgress> {
        private final Label id = new Label();
        private final Label state = new Label();
        private final ProgressBar bar = new ProgressBar(0);
        private final Label bytes = new Label();
        private final HBox box = new HBox(10, id, state, bar, bytes);

        LayerCell() {
            id.getStyleClass().add("layer-id");
            id.setMinWidth(110);
            state.getStyleClass().add("layer-state");
            state.setMinWidth(110);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setPrefWidth(120);
            bar.setMinWidth(60);
            HBox.setHgrow(bar, Priority.ALWAYS);
            bytes.getStyleClass().addAll("layer-bytes", Styles.TEXT_MUTED);
            bytes.setMinWidth(160);
            bytes.setAlignment(Pos.CENTER_RIGHT);
            box.setAlignment(Pos.CENTER_LEFT);
            // the row spans the cell, so the bar takes what the labels leave
            box.prefWidthProperty().bind(widthProperty().subtract(24));
            box.setMinWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(LayerProgress layer, boolean empty) {
            super.updateItem(layer, empty);
            if (empty || layer == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            id.setText(layer.id());
            state.setText(layer.state().label());
            state.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("finished"), layer.state().finished());
            // a push's layers only ever push, so the pull weighting (download, then extract) is the only one to pick
            bar.setProgress(layer.fraction(false));
            bytes.setText(TransferFormat.bytes(layer));
            setGraphic(box);
        }
    }
}
