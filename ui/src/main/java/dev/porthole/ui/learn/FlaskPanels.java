package dev.porthole.ui.learn;

import atlantafx.base.theme.Styles;
import dev.porthole.dockerfile.explain.Explanation;
import dev.porthole.dockerfile.explain.LineExplainer;
import dev.porthole.dockerfile.template.Template;
import dev.porthole.dockerfile.template.TemplateCatalog;
import dev.porthole.dockerfile.template.TemplateWriter;
import dev.porthole.icons.AppIcon;
import dev.porthole.learn.TutorialSignals;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Lessons 2 and 3 around the notes' Flask example: open it in the editor, explain its lines, check its base. */
final class FlaskPanels {

    static final String TEMPLATE = "flask-notes";
    static final String BASE_IMAGE = "ubuntu:16.04";

    private FlaskPanels() {
    }

    /** Writes the Flask example into the tutorial's folder (keeping an earlier copy) and opens it in the editor. */
    static VBox open(LearnModel model) {
        TemplateCatalog catalog = TemplateCatalog.load();
        Template template = catalog.template(TEMPLATE).orElseThrow();
        Path folder = model.workDir().resolve(TEMPLATE);
        Label what = new Label("Writes " + String.join(" and ", template.files()) + " into " + folder
                + " (an earlier copy there is kept as it is, with your edits) and opens the Dockerfile in the "
                + "Dockerfile editor. Nothing is sent to the engine.");
        what.setWrapText(true);
        Label status = PanelParts.status("learn-open-flask-status");
        Button open = PanelParts.button("learn-open-flask", "Open in the editor", AppIcon.DOCKERFILE, null);
        open.setOnAction(e -> model.tasks().run(() -> {
            Path dockerfile = folder.resolve("Dockerfile");
            if (!Files.exists(dockerfile)) {
                new TemplateWriter(catalog).write(template, folder, false);
            }
            return dockerfile;
        }, dockerfile -> {
            PanelParts.ok(status, "Opened " + dockerfile + " in the editor.");
            model.openInEditor(dockerfile);
            model.signal(TutorialSignals.TEMPLATE_OPENED);
        }, failure -> PanelParts.fail(status, "Could not write the example", failure)));
        return PanelParts.card("learn-action-open-flask", what, open, status);
    }

    /** The example's lines; clicking one explains it, as the editor's side panel does. */
    static VBox explain() {
        String text = TemplateCatalog.load().dockerfile(TemplateCatalog.load().template(TEMPLATE).orElseThrow());
        LineExplainer explainer = new LineExplainer();
        ListView<String> lines = new ListView<>();
        lines.setId("learn-flask-lines");
        lines.getStyleClass().addAll("learn-lines", Styles.DENSE);
        List<String> all = text.lines().toList();
        lines.getItems().setAll(all);
        lines.setPrefHeight(Math.min(all.size(), 14) * 24 + 6);
        Label heading = new Label("Click a line to see what it does.");
        heading.setId("learn-flask-line");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label explanation = new Label();
        explanation.setId("learn-flask-explain");
        explanation.setWrapText(true);
        Label layer = new Label();
        layer.setId("learn-flask-layer");
        layer.getStyleClass().add(Styles.TEXT_MUTED);
        lines.getSelectionModel().selectedIndexProperty().addListener((o, was, index) -> {
            int line = index.intValue() + 1;
            if (line < 1) {
                return;
            }
            Explanation ex = explainer.explain(text, line);
            heading.setText("Line " + line);
            explanation.setText(ex.text());
            layer.setText(switch (ex.layer()) {
                case NEW_LAYER -> "Adds a new layer to the image.";
                case BASE_IMAGE -> "Starts from the base image's layers.";
                case SETTINGS_ONLY -> "Changes settings only: no new layer.";
                case NONE -> "";
            });
        });
        return PanelParts.card("learn-action-explain", lines, heading, explanation, layer);
    }

    /** Lesson 3's explicit choice: the Flask base is needed from a registry, so the busybox example is built. */
    static VBox baseChoice(LearnModel model) {
        Label status = PanelParts.status("learn-base-status");
        Button look = PanelParts.button("learn-look-base", "Look for " + BASE_IMAGE + " on my engine",
                AppIcon.SEARCH, model.engineAvailableProperty().not());
        look.setOnAction(e -> model.onEngine(engine -> engine.listImages().stream()
                        .anyMatch(i -> i.repoTags().stream().anyMatch(t -> t.equals(BASE_IMAGE)
                                || t.endsWith("/" + BASE_IMAGE))),
                present -> status.setText(present
                        ? BASE_IMAGE + " is on your engine, but the Flask example's RUN line still downloads "
                        + "packages from the internet. The tutorial builds the busybox FROM scratch example, which "
                        + "the next lessons use; you can build the Flask example from the Dockerfile editor."
                        : BASE_IMAGE + " is not on your engine, so building the Flask example would need a registry "
                        + "to pull it from. The tutorial builds the busybox FROM scratch example instead: it needs "
                        + "nothing from a registry or the internet."),
                failure -> PanelParts.fail(status, "Could not list the engine's images", failure)));
        Label choice = new Label("The tutorial's choice: build the busybox FROM scratch example (next step).");
        choice.getStyleClass().add(Styles.TEXT_BOLD);
        choice.setWrapText(true);
        return PanelParts.card("learn-action-base",
                PanelParts.command("Lists the engine's images to see whether the Flask base is already there. "
                        + "This only reads.", "docker images " + BASE_IMAGE), look, status, choice);
    }
}
