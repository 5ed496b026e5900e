package dev.porthole.ui.learn;

import dev.porthole.icons.AppIcon;
import dev.porthole.learn.TutorialSignals;
import dev.porthole.model.EngineFacts;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Lesson 1: the engine's live facts (version, API version, counts), read when the user asks. */
final class FactsPanel {

    private FactsPanel() {
    }

    static VBox create(LearnModel model) {
        GridPane grid = new GridPane(14, 4);
        grid.setId("learn-facts");
        grid.getStyleClass().add("learn-facts");
        Label status = PanelParts.status("learn-facts-status");
        Button ask = PanelParts.button("learn-ask-engine", "Ask the engine", AppIcon.ENGINE,
                model.engineAvailableProperty().not());
        ask.setOnAction(e -> {
            status.setText("Asking…");
            model.onEngine(engine -> engine.engineFacts(), facts -> {
                status.setText("");
                show(grid, facts);
                model.signal(TutorialSignals.FACTS_SHOWN);
            }, failure -> PanelParts.fail(status, "The engine did not answer", failure));
        });
        return PanelParts.card("learn-action-facts",
                PanelParts.command("Reads the engine's version and what it holds. This only reads; nothing changes.",
                        "docker version\ndocker info"),
                ask, status, grid);
    }

    private static void show(GridPane grid, EngineFacts f) {
        grid.getChildren().clear();
        int row = 0;
        row = add(grid, row, "Engine", f.info().name());
        row = add(grid, row, "Engine version", f.info().version());
        row = add(grid, row, "API version in use", f.info().apiVersion());
        row = add(grid, row, "Runs on", f.info().os() + " / " + f.info().arch() + ", kernel " + f.kernel());
        row = add(grid, row, "Client reaches it at", f.info().endpoint());
        row = add(grid, row, "Storage driver", f.storageDriver());
        row = add(grid, row, "Images", String.valueOf(f.images()));
        row = add(grid, row, "Containers", f.running() + " running, " + f.paused() + " paused, " + f.stopped()
                + " stopped");
        add(grid, row, "Volumes and networks", f.volumes() + (f.volumes() == 1 ? " volume, " : " volumes, ")
                + f.networks() + (f.networks() == 1 ? " network" : " networks"));
    }

    private static int add(GridPane grid, int row, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add("learn-fact-name");
        Label v = new Label(value == null ? "—" : value);
        v.setId("learn-fact-" + row);
        v.setWrapText(true);
        grid.addRow(row, n, v);
        return row + 1;
    }
}
