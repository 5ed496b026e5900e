package dev.porthole.ui.learn;

import dev.porthole.learn.TutorialBuilds.Kind;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The panel for a step's {@code action} (see the lessons' FORMAT.md); an unknown one says so. */
final class ActionPanels {

    private ActionPanels() {
    }

    static Node create(String action, LearnModel model) {
        return switch (action) {
            case "engine-facts" -> FactsPanel.create(model);
            case "open-flask" -> FlaskPanels.open(model);
            case "explain-flask" -> FlaskPanels.explain();
            case "flask-base" -> FlaskPanels.baseChoice(model);
            case "build-hello" -> BuildPanel.create(model, Kind.HELLO);
            case "build-wasteful" -> BuildPanel.create(model, Kind.WASTEFUL);
            case "build-fixed" -> BuildPanel.create(model, Kind.FIXED);
            case "run-hello" -> ContainerPanels.run(model);
            case "open-logs" -> ContainerPanels.logs(model);
            case "show-layers" -> ContainerPanels.layers(model);
            case "measure-sizes" -> SizesPanel.create(model);
            case "cleanup" -> CleanupPanel.create(model);
            default -> new Label("(This step names an action Porthole does not know: " + action + ".)");
        };
    }
}
