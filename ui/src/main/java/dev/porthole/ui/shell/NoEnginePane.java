package dev.porthole.ui.shell;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.porthole.engine.ConnectionStatus;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.icons.AppIcon;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * Shown instead of the engine pages while no engine was ever found: what was tried and why each failed, the
 * configuration problems met, how to start an engine on this OS, and a Retry button.
 */
public final class NoEnginePane extends ScrollPane {

    private final ShellModel model;
    private final Label reason = new Label();
    private final CandidateList tried = new CandidateList();
    private final VBox problemsBox = new VBox();
    private final VBox problems = new VBox();
    private final Button retry = new Button("Retry", FontIcon.of(AppIcon.RETRY.ikon()));
    private final Label attemptInfo = new Label();

    public NoEnginePane(ShellModel model, String osName) {
        this.model = model;
        createView(osName);
        model.statusProperty().addListener((obs, was, now) -> update());
        update();
    }

    private void createView(String osName) {
        setId("no-engine");
        getStyleClass().addAll("no-engine", Tweaks.EDGE_TO_EDGE);
        setFitToWidth(true);

        Label title = new Label("No container engine found", FontIcon.of(AppIcon.DISCONNECTED.ikon()));
        title.getStyleClass().addAll(Styles.TITLE_2, "no-engine-title");
        reason.setId("no-engine-reason");
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.TEXT_MUTED);
        Label pagesNote = new Label("Containers and images need an engine; the other pages in the sidebar "
                + "stay available without one.");
        pagesNote.setWrapText(true);
        pagesNote.getStyleClass().add(Styles.TEXT_MUTED);

        problems.setId("config-problems");
        problems.getStyleClass().add("problem-list");
        problemsBox.getChildren().addAll(heading("Configuration problems"), problems);
        problemsBox.getStyleClass().add("no-engine-section");

        VBox steps = new VBox();
        steps.getStyleClass().add("help-list");
        for (EngineHelp.Step step : EngineHelp.forOs(osName)) {
            steps.getChildren().add(stepRow(step));
        }

        retry.setId("retry");
        retry.getStyleClass().add(Styles.ACCENT);
        retry.setDefaultButton(true);
        retry.setOnAction(e -> model.retry());
        attemptInfo.setId("retry-info");
        attemptInfo.getStyleClass().add(Styles.TEXT_MUTED);
        HBox actions = new HBox(retry, attemptInfo);
        actions.getStyleClass().add("no-engine-actions");
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox triedBox = new VBox(heading("What Porthole tried"), tried);
        triedBox.getStyleClass().add("no-engine-section");
        VBox helpBox = new VBox(heading("How to start an engine"), steps);
        helpBox.getStyleClass().add("no-engine-section");

        VBox content = new VBox(title, reason, actions, triedBox, problemsBox, helpBox, pagesNote);
        content.getStyleClass().add("no-engine-content");
        content.setMaxWidth(760);
        VBox center = new VBox(content);
        center.setAlignment(Pos.TOP_CENTER);
        center.getStyleClass().add("no-engine-center");
        setContent(center);
    }

    private void update() {
        ConnectionStatus s = model.statusProperty().get();
        DiscoveryReport report = s == null ? null : s.report();
        String why = report != null && report.reason() != null ? report.reason()
                : s != null && s.reason() != null ? s.reason() : "Porthole could not reach a container engine.";
        reason.setText(why);

        tried.show(report);
        problems.getChildren().clear();
        List<String> found = report == null ? List.of() : report.problems();
        for (String p : found) {
            Label l = new Label(p, FontIcon.of(AppIcon.WARNING.ikon()));
            l.setWrapText(true);
            l.getStyleClass().add("problem");
            problems.getChildren().add(l);
        }
        problemsBox.setVisible(!found.isEmpty());
        problemsBox.setManaged(!found.isEmpty());

        boolean trying = s == null || s.state() == ConnectionStatus.State.CONNECTING;
        retry.setDisable(trying);
        attemptInfo.setText(trying ? "Trying…" : retryText(s));
    }

    private static String retryText(ConnectionStatus s) {
        String tries = s.attempt() > 1 ? "Tried " + s.attempt() + " times. " : "";
        return s.nextRetry() == null ? tries.strip() : tries + "Porthole also keeps trying on its own.";
    }

    private static HBox stepRow(EngineHelp.Step step) {
        Label text = new Label(step.text());
        text.setWrapText(true);
        text.setMinWidth(220);
        HBox row = new HBox(text);
        row.getStyleClass().add("help-step");
        row.setAlignment(Pos.CENTER_LEFT);
        if (step.command() != null) {
            Label cmd = new Label(step.command());
            cmd.getStyleClass().add("code");
            cmd.setMinWidth(Region.USE_PREF_SIZE);
            Button copy = new Button(null, FontIcon.of(AppIcon.COPY.ikon()));
            copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            copy.setTooltip(new Tooltip("Copy “" + step.command() + "”"));
            copy.setAccessibleText("Copy “" + step.command() + "”");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(step.command());
                Clipboard.getSystemClipboard().setContent(content);
            });
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            row.getChildren().addAll(cmd, copy);
        }
        return row;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TITLE_4, "section-heading");
        return l;
    }
}
