package dev.porthole.ui.learn;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.learn.TutorialResources;
import dev.porthole.learn.TutorialResources.Removal;
import dev.porthole.ui.controls.ConfirmDialog;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;

/**
 * What the tutorial created, read from the engine, with a clean-up that removes exactly those after the user
 * confirmed the list (and the commands that do the same).
 */
final class CleanupPanel {

    private CleanupPanel() {
    }

    static VBox create(LearnModel model) {
        VBox items = new VBox(4);
        items.setId("learn-created");
        Label status = PanelParts.status("learn-cleanup-status");
        Button list = PanelParts.button("learn-list-created", "List what the tutorial created", AppIcon.SEARCH,
                model.engineAvailableProperty().not());
        Button remove = new Button("Remove these…", PanelParts.icon(AppIcon.REMOVE));
        remove.setId("learn-cleanup");
        remove.getStyleClass().add(Styles.DANGER);
        remove.setDisable(true);
        Runnable[] refresh = new Runnable[1];
        refresh[0] = () -> model.onEngine(engine -> model.resources().list(engine), created -> {
            items.getChildren().clear();
            remove.setUserData(created);
            remove.setDisable(created.isEmpty());
            if (created.isEmpty()) {
                items.getChildren().add(new Label("Nothing: the engine holds nothing the tutorial created."));
            }
            for (Removal r : created.removals()) {
                Label what = new Label(r.description());
                what.setWrapText(true);
                Label cmd = new Label(r.command());
                cmd.getStyleClass().add("md-code-inline");
                items.getChildren().add(new VBox(2, what, cmd));
            }
        }, failure -> PanelParts.fail(status, "Could not list the engine's objects", failure));
        list.setOnAction(e -> refresh[0].run());
        remove.setOnAction(e -> {
            TutorialResources.Created created = (TutorialResources.Created) remove.getUserData();
            if (created == null || created.isEmpty()) {
                return;
            }
            int n = created.removals().size();
            new ConfirmDialog("Clean up the tutorial", "Remove " + n + (n == 1 ? " thing" : " things")
                    + " the tutorial created?", created.removals().stream().map(Removal::description).toList(),
                    "Remove")
                    .withNote("Only what the tutorial created and labelled " + model.tutorial().labelFlags()
                            .replace("--label ", "") + " is listed; nothing else is touched. The same as:\n"
                            + created.removals().stream().map(Removal::command).collect(Collectors.joining("\n")))
                    .owner(remove.getScene() == null ? null : remove.getScene().getWindow())
                    .ask()
                    .ifPresent(yes -> {
                        remove.setDisable(true);
                        model.onEngine(engine -> model.resources().cleanUp(engine, created), result -> {
                            if (result.problems().isEmpty()) {
                                PanelParts.ok(status, "Removed " + result.removed().size() + " of " + n + ".");
                            } else {
                                PanelParts.fail(status, "Removed " + result.removed().size() + " of " + n
                                        + "; these stayed", new IllegalStateException(
                                        String.join("; ", result.problems())));
                            }
                            refresh[0].run();
                        }, failure -> PanelParts.fail(status, "The clean-up failed", failure));
                    });
        });
        return PanelParts.card("learn-action-cleanup",
                PanelParts.command("Lists the containers and images the tutorial created (and recorded), read from "
                        + "the engine. Nothing is removed until you confirm the list.",
                        "docker ps -a --filter label=" + labelFilter(model) + "\ndocker images --filter label="
                                + labelFilter(model)),
                new HBox(8, list, remove), items, status);
    }

    private static String labelFilter(LearnModel model) {
        return model.tutorial().labelFlags().replace("--label ", "").split(" ")[0];
    }
}
