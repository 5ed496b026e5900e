package dev.porthole.ui.learn;

import dev.porthole.icons.AppIcon;
import dev.porthole.learn.TutorialSignals;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.LogLine;
import dev.porthole.ui.logs.LogView;
import dev.porthole.ui.logs.LogsModel;
import dev.porthole.ui.logs.LogsWindow;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.util.Comparator;
import java.util.List;

/** Lessons 4 and 5: run the tutorial's container, open its live log, open its image in the layers view. */
final class ContainerPanels {

    private ContainerPanels() {
    }

    /** Starts the tutorial's container when the user presses Run. */
    static VBox run(LearnModel model) {
        Label status = PanelParts.status("learn-run-status");
        Button run = PanelParts.button("learn-run", "Run", AppIcon.RUN, model.engineAvailableProperty().not());
        Button show = new Button("Show on the Containers page", PanelParts.icon(AppIcon.CONTAINER));
        show.setId("learn-run-show");
        show.managedProperty().bind(show.visibleProperty());
        show.setVisible(false);
        run.setOnAction(e -> {
            status.setText("Starting…");
            model.onEngine(engine -> {
                String id = model.resources().runHello(engine);
                ContainerSummary c = engine.findContainer(id);
                return c != null ? c : new ContainerSummary(id, id, "", "", "", null, "", List.of(), null,
                        java.util.Map.of());
            }, c -> {
                PanelParts.ok(status, "Started container " + c.name() + " (" + c.shortId() + ").");
                show.setUserData(c.id());
                show.setVisible(true);
                model.recheck();
            }, failure -> PanelParts.fail(status, "The container could not start", failure));
        });
        show.setOnAction(e -> model.navigator().showContainer((String) show.getUserData()));
        return PanelParts.card("learn-action-run",
                PanelParts.command("Creates a container from " + model.tutorial().helloImage()
                        + " and starts it, labelled as the tutorial's. It prints ten lines, one a second, then "
                        + "stops.", model.tutorial().helloRunCommand()),
                new HBox(8, run, show), status);
    }

    /** Opens the live log of the newest tutorial container that ran; tells the model once lines are shown. */
    static VBox logs(LearnModel model) {
        Label status = PanelParts.status("learn-logs-status");
        Button open = PanelParts.button("learn-open-logs", "Open the live log", AppIcon.LOGS,
                model.engineAvailableProperty().not());
        open.setOnAction(e -> model.onEngine(engine -> model.checks().ranContainers(engine).stream()
                .max(Comparator.comparing(ContainerSummary::created, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null), c -> {
                    if (c == null) {
                        PanelParts.fail(status, "No container to read", new IllegalStateException(
                                "start one in the step above first."));
                        return;
                    }
                    status.setText("Showing the log of " + c.name() + " in its own window.");
                    Stage stage = LogsWindow.open(model.connection(), model.tasks(),
                            List.of(new LogsModel.Target(c.id(), c.name())), model.logLines(),
                            open.getScene() == null ? null : open.getScene().getWindow());
                    watch((LogView) stage.getScene().getRoot(), c.id(), model);
                }, failure -> PanelParts.fail(status, "Could not find the container", failure)));
        return PanelParts.card("learn-action-logs",
                PanelParts.command("Opens a window following the container's log: the lines it printed so far, "
                        + "then new ones as they come. This only reads.", "docker logs --follow CONTAINER"),
                open, status);
    }

    /** Tells the model when the log view shows its first line (it may already have some). */
    static void watch(LogView view, String containerId, LearnModel model) {
        var shown = view.model().shown();
        if (!shown.isEmpty()) {
            model.logsShown(containerId);
            return;
        }
        shown.addListener(new ListChangeListener<LogLine>() {
            @Override
            public void onChanged(Change<? extends LogLine> change) {
                if (!shown.isEmpty()) {
                    shown.removeListener(this);
                    model.logsShown(containerId);
                }
            }
        });
    }

    /** Opens the tutorial's image in the layers view, once it exists. */
    static VBox layers(LearnModel model) {
        Label status = PanelParts.status("learn-layers-status");
        Button open = PanelParts.button("learn-show-layers", "Open in the layers view", AppIcon.LAYER,
                model.engineAvailableProperty().not());
        String image = model.tutorial().helloImage();
        open.setOnAction(e -> model.onEngine(engine -> model.checks().image(engine, image).isPresent(), exists -> {
            if (!exists) {
                PanelParts.fail(status, image + " is not on the engine", new IllegalStateException(
                        "build it in lesson 3 first."));
                return;
            }
            model.navigator().showLayers(image);
            model.signal(TutorialSignals.LAYERS_SHOWN);
        }, failure -> PanelParts.fail(status, "Could not look for the image", failure)));
        return PanelParts.card("learn-action-layers",
                PanelParts.command("Exports the image from the engine and reads its layers, as the Layers page "
                        + "does. This only reads.", "docker history " + image + "\ndocker save " + image), open,
                status);
    }
}
