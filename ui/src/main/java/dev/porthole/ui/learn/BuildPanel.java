package dev.porthole.ui.learn;

import atlantafx.base.theme.Styles;
import dev.porthole.build.BuildEvent;
import dev.porthole.icons.AppIcon;
import dev.porthole.learn.ImageWaste;
import dev.porthole.learn.TutorialBuilds;
import dev.porthole.learn.TutorialBuilds.Kind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A tutorial build (lesson 3's hello image, lesson 5's experiment): shows the Dockerfile, the folder and the
 * equivalent {@code docker build} first, builds only when the user presses Build, and shows the steps live.
 * The experiment's builds then show the image's size and wasted bytes.
 */
final class BuildPanel {

    private static final int OUTPUT_LIMIT = 100_000;

    private final LearnModel model;
    private final TutorialBuilds.Plan plan;
    private final Label step = PanelParts.status(null);
    private final TextArea output = new TextArea();
    private final Label status;
    private final VBox figures = new VBox(4);
    private final Button layers = new Button("Open in the layers view", PanelParts.icon(AppIcon.LAYER));
    private final BooleanProperty building = new SimpleBooleanProperty();
    private final Queue<BuildEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();

    private BuildPanel(LearnModel model, Kind kind) {
        this.model = model;
        this.plan = model.builds().plan(kind);
        String id = kind.name().toLowerCase(Locale.ROOT);
        this.status = PanelParts.status("learn-build-" + id + "-status");
        step.setId("learn-build-" + id + "-step");
        output.setId("learn-build-" + id + "-output");
        figures.setId("learn-build-" + id + "-figures");
    }

    static VBox create(LearnModel model, Kind kind) {
        return new BuildPanel(model, kind).view();
    }

    private VBox view() {
        String id = plan.kind().name().toLowerCase(Locale.ROOT);
        Label dockerfileTitle = new Label("Dockerfile");
        dockerfileTitle.getStyleClass().add(Styles.TEXT_BOLD);
        output.setEditable(false);
        output.setPrefRowCount(6);
        output.getStyleClass().add("learn-output");
        output.managedProperty().bind(output.textProperty().isNotEmpty());
        output.visibleProperty().bind(output.managedProperty());
        Button build = PanelParts.button("learn-build-" + id, "Build", AppIcon.BUILD,
                model.engineAvailableProperty().not().or(building));
        build.setOnAction(e -> start());
        layers.setId("learn-build-" + id + "-layers");
        layers.managedProperty().bind(layers.visibleProperty());
        layers.setVisible(false);
        layers.setOnAction(e -> model.navigator().showLayers(plan.tag()));
        figures.managedProperty().bind(figures.visibleProperty());
        figures.setVisible(false);
        return PanelParts.card("learn-action-build-" + id,
                PanelParts.command("Writes this Dockerfile and a copy of the static busybox program into "
                        + plan.folder() + ", then asks the engine to build it as " + plan.tag()
                        + ", labelled as the tutorial's.", plan.command()),
                dockerfileTitle, MarkdownView.codeBlock(plan.dockerfile().strip()),
                new HBox(8, build, layers), step, output, status, figures);
    }

    private void start() {
        building.set(true);
        output.clear();
        figures.setVisible(false);
        step.setText("Preparing " + plan.folder() + "…");
        status.setText("");
        model.onEngine(engine -> {
            var notes = model.builds().prepare(plan);
            if (!notes.isEmpty()) {
                throw new IllegalStateException(String.join(" ", notes));
            }
            return model.builds().start(engine, plan, this::enqueue);
        }, subscription -> {
            model.track(subscription);
            step.setText("Sending the build context…");
        }, failure -> {
            building.set(false);
            step.setText("");
            PanelParts.fail(status, "The build could not start", failure);
        });
    }

    private void enqueue(BuildEvent event) {
        queue.add(event);
        if (drainPending.compareAndSet(false, true)) {
            model.tasks().onUi(this::drain);
        }
    }

    private void drain() {
        drainPending.set(false);
        BuildEvent e;
        while ((e = queue.poll()) != null) {
            switch (e) {
                case BuildEvent.Output out -> {
                    if (output.getLength() < OUTPUT_LIMIT) {
                        output.appendText(out.text());
                    }
                }
                case BuildEvent.Step s -> step.setText("Step " + s.number() + " of " + s.total() + ": "
                        + s.instruction());
                case BuildEvent.Succeeded ok -> finished(ok.imageId());
                case BuildEvent.Failed failed -> {
                    building.set(false);
                    PanelParts.fail(status, "The build failed" + (failed.step() > 0 ? " at step "
                            + failed.step() : ""), new RuntimeException(failed.message()));
                }
                case BuildEvent.Cancelled c -> {
                    building.set(false);
                    status.setText("The build was cancelled.");
                }
            }
        }
    }

    private void finished(String imageId) {
        building.set(false);
        PanelParts.ok(status, "Built " + plan.tag() + " (" + shortId(imageId) + "). It now exists in the engine.");
        layers.setVisible(true);
        model.recheck();
        if (plan.kind() != Kind.HELLO) {
            measure();
        }
    }

    private void measure() {
        figures.getChildren().setAll(new Label("Measuring the layers…"));
        figures.setVisible(true);
        boolean compare = plan.kind() == Kind.FIXED;
        model.onEngine(engine -> {
            ImageWaste mine = ImageWaste.measure(engine, plan.tag());
            ImageWaste other = null;
            if (compare && model.checks().image(engine, model.tutorial().wastefulImage()).isPresent()) {
                other = ImageWaste.measure(engine, model.tutorial().wastefulImage());
            }
            return new ImageWaste[] {mine, other};
        }, measured -> {
            figures.getChildren().setAll(line(measured[0]));
            if (measured[1] != null) {
                figures.getChildren().addAll(line(measured[1]), new Label("Same work, "
                        + PanelParts.size(measured[1].sizeBytes() - measured[0].sizeBytes())
                        + " smaller: nothing is written to a layer and deleted later."));
            }
        }, failure -> figures.getChildren().setAll(new Label("Could not measure the layers: "
                + failure.getMessage())));
    }

    private static Label line(ImageWaste w) {
        Label l = new Label(String.format(Locale.ROOT, "%s: %d layers, %s, of which wasted %s (efficiency %.0f %%)",
                w.image(), w.layers(), PanelParts.size(w.sizeBytes()), PanelParts.size(w.wastedBytes()),
                w.efficiency() * 100));
        l.getStyleClass().add("learn-figure");
        l.setWrapText(true);
        return l;
    }

    private static String shortId(String id) {
        String s = id.startsWith("sha256:") ? id.substring(7) : id;
        return s.length() > 12 ? s.substring(0, 12) : s;
    }
}
