package dev.porthole.ui.dashboard;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.CleanupItem;
import dev.porthole.model.CleanupKind;
import dev.porthole.model.CleanupPlan;
import dev.porthole.model.CleanupResult;
import dev.porthole.model.DiskUsage;
import dev.porthole.ui.controls.Controls;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;

/**
 * System clean-up: the user chooses kinds, sees exactly what goes (grouped by kind, with sizes and a total), and
 * confirms with a button that says what will go; the dialog then shows what went and what the engine refused.
 * Node ids for tests: {@code #cleanup-kind-<kind>}, {@code #cleanup-images-all}, {@code #cleanup-preview},
 * {@code #cleanup-total}, {@code #cleanup-confirm}, {@code #cleanup-result}, {@code #cleanup-problem}.
 */
final class CleanupDialog extends Dialog<CleanupResult> {

    private final CleanupModel model;
    private final TreeView<String> preview = new TreeView<>(new TreeItem<>());
    private final Label total = new Label();
    private final Label resultLabel = new Label();
    private final Label problem = new Label();
    private final Button confirm;

    CleanupDialog(CleanupModel model, DiskUsage usage) {
        this.model = model;
        setTitle("Clean up");
        setHeaderText("Free disk space: choose what to remove, check the list, then confirm.");
        setGraphic(Controls.icon(AppIcon.PRUNE));
        setResizable(true);
        getDialogPane().setId("cleanup-dialog");
        // wide enough for the confirm button's text, which names everything that goes (the dialog window
        // keeps the size of its first layout otherwise)
        setOnShown(e -> Controls.growDialog(this, 840, 0));
        getDialogPane().getStylesheets().addAll(Controls.STYLESHEET, DashboardView.STYLESHEET);

        VBox choices = new VBox(6);
        for (CleanupKind kind : CleanupKind.values()) {
            CheckBox box = new CheckBox(CleanupFormat.choice(kind, usage));
            box.setId("cleanup-kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.selectedProperty().bindBidirectional(model.chosenProperty(kind));
            choices.getChildren().add(box);
            if (kind == CleanupKind.IMAGES) {
                choices.getChildren().add(imageChoice(box));
            }
        }
        choices.disableProperty().bind(model.busyProperty());

        preview.setId("cleanup-preview");
        preview.setShowRoot(false);
        preview.setPrefHeight(240);
        preview.getStyleClass().add(Styles.DENSE);
        VBox.setVgrow(preview, Priority.ALWAYS);
        total.setId("cleanup-total");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        problem.setId("cleanup-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        resultLabel.setId("cleanup-result");
        resultLabel.getStyleClass().add(Styles.SUCCESS);
        resultLabel.setWrapText(true);
        resultLabel.managedProperty().bind(resultLabel.textProperty().isNotEmpty());

        Label choose = new Label("Remove");
        choose.getStyleClass().add(Styles.TITLE_4);
        Label goes = new Label("What goes");
        goes.getStyleClass().add(Styles.TITLE_4);
        VBox body = new VBox(8, choose, choices, goes, preview, total, problem, resultLabel);
        body.setPadding(new Insets(4, 0, 0, 0));
        getDialogPane().setContent(body);

        ButtonType removeType = new ButtonType("Remove", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE, removeType);
        confirm = (Button) getDialogPane().lookupButton(removeType);
        confirm.setId("cleanup-confirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setDefaultButton(false);
        // the text names what goes: never clip it to the Close button's width
        ButtonBar.setButtonUniformSize(confirm, false);
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        // the dialog stays open to show what went
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.confirm();
        });
        Button close = (Button) getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("cleanup-close");
        setResultConverter(type -> model.resultProperty().get());

        model.planProperty().addListener((o, was, now) -> show(now));
        model.busyProperty().addListener((o, was, now) -> updateConfirm());
        model.resultProperty().addListener((o, was, now) ->
                resultLabel.setText(now == null ? "" : CleanupFormat.result(now)));
        show(model.planProperty().get());
        model.preview();
    }

    /** Centres the dialog on this window (and makes it modal to it); null leaves it unowned. */
    CleanupDialog owner(Window window) {
        if (window != null) {
            initOwner(window);
        }
        return this;
    }

    private HBox imageChoice(CheckBox images) {
        ToggleGroup group = new ToggleGroup();
        RadioButton dangling = new RadioButton("Dangling only (untagged)");
        dangling.setId("cleanup-images-dangling");
        dangling.setToggleGroup(group);
        RadioButton all = new RadioButton("Every image no container uses");
        all.setId("cleanup-images-all");
        all.setToggleGroup(group);
        group.selectToggle(model.allImagesProperty().get() ? all : dangling);
        all.selectedProperty().addListener((o, was, now) -> model.allImagesProperty().set(now));
        HBox box = new HBox(14, dangling, all);
        box.setPadding(new Insets(0, 0, 0, 26));
        box.disableProperty().bind(images.selectedProperty().not());
        return box;
    }

    private void show(CleanupPlan plan) {
        preview.getRoot().getChildren().clear();
        total.setText(CleanupFormat.total(plan));
        if (plan != null) {
            for (CleanupKind kind : CleanupKind.values()) {
                List<CleanupItem> items = plan.items(kind);
                if (items.isEmpty()) {
                    continue;
                }
                TreeItem<String> group = new TreeItem<>(CleanupFormat.heading(kind, items));
                items.forEach(i -> group.getChildren().add(new TreeItem<>(CleanupFormat.item(i))));
                group.setExpanded(true);
                preview.getRoot().getChildren().add(group);
            }
        }
        updateConfirm();
    }

    private void updateConfirm() {
        CleanupPlan plan = model.planProperty().get();
        confirm.setText(model.busyProperty().get() ? "Removing…" : CleanupFormat.confirm(plan));
        confirm.setDisable(plan == null || plan.isEmpty() || model.busyProperty().get());
    }
}
