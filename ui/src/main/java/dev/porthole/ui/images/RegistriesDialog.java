package dev.porthole.ui.images;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.ConfirmDialog;
import dev.porthole.ui.controls.Controls;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * Registry sign-in and sign-out, as docker login/logout: the registries signed in to, and a form (registry, user,
 * password) whose password is checked by the registry before it is stored and cleared from the field after.
 * Node ids: {@code #registry-list}, {@code #registry-signout}, {@code #registry-host}, {@code #registry-user},
 * {@code #registry-password}, {@code #registry-signin}, {@code #registry-message}, {@code #registry-error}.
 */
final class RegistriesDialog extends Dialog<Void> {

    private final RegistriesModel model;
    private final TextField host = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();

    RegistriesDialog(RegistriesModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Registries");
        setHeaderText("Sign in to registries to pull and push their images");
        setGraphic(Controls.icon(AppIcon.REGISTRY));
        getDialogPane().setId("registries-dialog");
        getDialogPane().getStylesheets().add(ImagesView.STYLESHEET);
        getDialogPane().getStyleClass().add("image-dialog");

        ListView<String> list = new ListView<>(model.registries());
        list.setId("registry-list");
        list.setPrefHeight(130);
        list.setPlaceholder(new Label("Not signed in to any registry."));
        Button signOut = new Button("Sign out", Controls.icon(AppIcon.SIGN_OUT));
        signOut.setId("registry-signout");
        signOut.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        signOut.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        signOut.setOnAction(e -> {
            String registry = list.getSelectionModel().getSelectedItem();
            new ConfirmDialog("Sign out", "Sign out of " + registry + "?", List.of(registry), "Sign out")
                    .owner(getDialogPane().getScene().getWindow()).ask()
                    .ifPresent(d -> model.signOut(registry));
        });
        Label where = new Label("Kept in " + model.file() + ", or in its credential helper when one is set there.");
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        where.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox listRow = new HBox(8, list, signOut);
        HBox.setHgrow(list, Priority.ALWAYS);
        signOut.setAlignment(Pos.TOP_CENTER);

        host.setId("registry-host");
        host.setPromptText("127.0.0.1:5001 or registry.example.com");
        user.setId("registry-user");
        password.setId("registry-password");
        Button signIn = new Button("Sign in", Controls.icon(AppIcon.SIGN_IN));
        signIn.setId("registry-signin");
        signIn.getStyleClass().add(Styles.ACCENT);
        signIn.setDefaultButton(true);
        signIn.disableProperty().bind(model.busyProperty().or(host.textProperty().isEmpty())
                .or(user.textProperty().isEmpty()).or(password.textProperty().isEmpty()));
        signIn.setOnAction(e -> {
            model.signIn(host.getText(), user.getText(), password.getText().toCharArray());
            password.clear();
        });
        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label("Registry"), host);
        form.addRow(1, new Label("User"), user);
        form.addRow(2, new Label("Password"), password);
        form.add(signIn, 1, 3);
        GridPane.setHgrow(host, Priority.ALWAYS);

        Label message = new Label();
        message.setId("registry-message");
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(model.messageProperty());
        Label error = ProblemLine.of("registry-error", model.problemProperty());
        list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                host.setText(n);
            }
        });

        Label signedIn = new Label("Signed in");
        signedIn.getStyleClass().add(Styles.TEXT_BOLD);
        Label add = new Label("Sign in");
        add.getStyleClass().add(Styles.TEXT_BOLD);
        VBox body = new VBox(10, signedIn, listRow, where, add, form, message, error);
        body.setPrefWidth(520);
        getDialogPane().setContent(body);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        model.reload();
    }
}
