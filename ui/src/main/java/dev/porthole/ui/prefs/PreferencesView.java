package dev.porthole.ui.prefs;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.porthole.cli.DoctorReport;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.EngineChoice;
import dev.porthole.icons.AppIcon;
import dev.porthole.prefs.Preferences;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.shell.TaskRunner;
import dev.porthole.ui.shell.Theme;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import static dev.porthole.ui.prefs.FormRows.error;
import static dev.porthole.ui.prefs.FormRows.field;
import static dev.porthole.ui.prefs.FormRows.note;
import static dev.porthole.ui.prefs.FormRows.section;

/**
 * The preferences, in sections: engine (checked with the doctor's logic before saving), appearance, logs,
 * confirmations, terminal. Each bad value is named under its field and nothing is saved until all are good.
 * Node ids for tests: {@code #prefs-engine-kind}, {@code #prefs-engine-address}, {@code #prefs-engine-tls},
 * {@code #prefs-engine-check}, {@code #prefs-engine-result}, {@code #prefs-theme}, {@code #prefs-log-lines},
 * {@code #prefs-confirm}, {@code #prefs-shell}, {@code #prefs-save}, {@code #prefs-cancel}, {@code #prefs-message}.
 */
public final class PreferencesView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            PreferencesView.class.getResource("/dev/porthole/ui/prefs/preferences.css")).toExternalForm();

    private final PreferencesModel model;
    private final TaskRunner tasks;
    private final Runnable close;
    private final ComboBox<EngineChoice.Kind> kind = new ComboBox<>();
    private final TextField address = new TextField();
    private final TextField tls = new TextField();
    private final Label engineError = error("prefs-engine-error");
    private final Label checkResult = new Label();
    private final TextArea checkDetails = new TextArea();
    private final TitledPane details = new TitledPane("Doctor's report", checkDetails);
    private final Button check = new Button("Check connection", Controls.icon(AppIcon.ENGINE));
    private final ComboBox<Theme.Mode> theme = new ComboBox<>();
    private final TextField logLines = new TextField();
    private final Label logLinesError = error("prefs-log-lines-error");
    private final CheckBox confirm = new CheckBox("Ask before removing or pruning containers, images, volumes and "
            + "networks");
    private final ComboBox<String> shell = new ComboBox<>();
    private final Label shellError = error("prefs-shell-error");
    private final Message message = new Message();
    private final Button save = new Button("Save");
    /** The choice last checked and whether it answered; Save asks again for any other choice. */
    private EngineChoice checked;

    /** @param close closes the window (after Save or on Cancel) */
    public PreferencesView(PreferencesModel model, TaskRunner tasks, Runnable close) {
        this.model = model;
        this.tasks = tasks;
        this.close = close;
        createView();
        load(model.current());
    }

    private void createView() {
        setId("preferences");
        getStyleClass().add("preferences");
        getStylesheets().addAll(Controls.STYLESHEET, STYLESHEET);

        kind.setId("prefs-engine-kind");
        kind.getItems().setAll(EngineChoice.Kind.values());
        kind.setConverter(Labels.of(EngineChoice.Kind::label));
        kind.valueProperty().addListener((o, was, now) -> engineKindChanged());
        address.setId("prefs-engine-address");
        tls.setId("prefs-engine-tls");
        tls.setPromptText("folder with ca.pem, cert.pem, key.pem");
        tls.setTooltip(new Tooltip("Leave empty to connect without TLS"));
        Button browse = new Button("Browse…");
        browse.setId("prefs-engine-tls-browse");
        browse.setOnAction(e -> browseTls());
        HBox tlsRow = new HBox(6, tls, browse);
        HBox.setHgrow(tls, Priority.ALWAYS);
        check.setId("prefs-engine-check");
        check.setOnAction(e -> runCheck(false));
        checkResult.setId("prefs-engine-result");
        checkResult.setWrapText(true);
        checkResult.setVisible(false);
        checkResult.setManaged(false);
        checkDetails.setId("prefs-engine-details");
        checkDetails.setEditable(false);
        checkDetails.setPrefRowCount(8);
        checkDetails.getStyleClass().add("doctor-report");
        details.setExpanded(false);
        details.setVisible(false);
        details.setManaged(false);
        Label engineNote = note("A chosen engine is the only one tried, as with DOCKER_HOST. A change applies when "
                + "Porthole next connects: at once if no engine is connected, otherwise at the next start.");
        VBox engine = section("Engine",
                field("Connect to", kind), field("Address", address, engineError), field("TLS certificates", tlsRow),
                new HBox(8, check), checkResult, details, engineNote);

        theme.setId("prefs-theme");
        theme.getItems().setAll(Theme.Mode.values());
        theme.setConverter(Labels.of(Theme.Mode::label));
        VBox appearance = section("Appearance", field("Theme", theme));

        logLines.setId("prefs-log-lines");
        logLines.setPrefColumnCount(10);
        VBox logs = section("Logs", field("Lines kept per log view", logLines, logLinesError),
                note(String.format("Between %,d and %,d. Older lines are dropped first; applies to log views opened "
                        + "after saving.", Preferences.MIN_LOG_LINES, Preferences.MAX_LOG_LINES)));

        confirm.setId("prefs-confirm");
        VBox safety = section("Confirmations", confirm,
                note("Refusals (a volume in use) and removals that need \"force\" always ask."));

        shell.setId("prefs-shell");
        shell.setEditable(true);
        shell.getItems().setAll(Preferences.AUTO_SHELL, "/bin/bash", "/bin/zsh", "/bin/ash", "/bin/sh");
        VBox terminal = section("Terminal", field("Default shell", shell, shellError),
                note("\"auto\" opens the first of bash, zsh, ash, sh the image has."));

        message.setId("prefs-message");
        message.setVisible(false);
        message.setManaged(false);
        VBox sections = new VBox(18, message, engine, appearance, logs, safety, terminal);
        sections.setPadding(new Insets(16, 20, 16, 20));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        Button cancel = new Button("Cancel");
        cancel.setId("prefs-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        save.setId("prefs-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        // an HBox, not a ButtonBar: the bar keeps its first width when Save becomes "Save anyway"
        save.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 20, 12, 20));
        buttons.getStyleClass().add("prefs-buttons");
        setBottom(buttons);

        // a change to the engine fields makes an earlier check (and "Save anyway") stale
        address.textProperty().addListener((o, a, b) -> engineEdited());
        tls.textProperty().addListener((o, a, b) -> engineEdited());
    }

    /** Fills the fields from these preferences. */
    private void load(Preferences p) {
        kind.setValue(p.engine().kind());
        address.setText(p.engine().address());
        tls.setText(p.engine().tlsCertDir() == null ? "" : p.engine().tlsCertDir().toString());
        theme.setValue(Theme.Mode.of(p.theme()));
        logLines.setText(Integer.toString(p.logBufferLines()));
        confirm.setSelected(p.confirmations());
        shell.getEditor().setText(p.shell());
        shell.setValue(p.shell());
        engineKindChanged();
        String problem = model.loadProblemProperty().get();
        if (problem != null) {
            show(Styles.WARNING, AppIcon.WARNING, "Preferences file damaged", problem);
        }
    }

    /** What the fields say, or null when a field is wrong (each wrong field then shows why). */
    Preferences read() {
        EngineChoice engine = engineChoice();
        String engineProblem = engine.problem();
        engineError.setText(engineProblem);
        Integer lines = null;
        String linesProblem;
        try {
            long n = Long.parseLong(logLines.getText().strip().replace(",", "").replace("_", ""));
            linesProblem = Preferences.logLinesProblem(n);
            lines = linesProblem == null ? (int) n : null;
        } catch (NumberFormatException e) {
            linesProblem = "Type a whole number of lines, e.g. 100000.";
        }
        logLinesError.setText(linesProblem);
        String shellText = shell.getEditor().getText();
        String shellProblem = Preferences.shellProblem(shellText);
        shellError.setText(shellProblem);
        if (engineProblem != null || linesProblem != null || shellProblem != null) {
            return null;
        }
        return new Preferences(engine, theme.getValue().choice(), lines, confirm.isSelected(), shellText);
    }

    private EngineChoice engineChoice() {
        String folder = tls.getText().strip();
        return new EngineChoice(kind.getValue(), address.getText(), folder.isEmpty() ? null : Path.of(folder));
    }

    /** Saves when every field is good and a changed engine answered (or the user saves anyway after seeing why). */
    private void save() {
        Preferences p = read();
        if (p == null) {
            show(Styles.DANGER, AppIcon.ERROR, "Nothing saved", "Correct the fields marked in red.");
            return;
        }
        boolean engineChanged = !p.engine().equals(model.current().engine());
        boolean needsCheck = engineChanged && p.engine().kind() != EngineChoice.Kind.AUTO;
        if (needsCheck && !p.engine().equals(checked)) {
            runCheck(true);
            return;
        }
        try {
            model.save(p);
            model.problemShown();
            close.run();
        } catch (IOException e) {
            show(Styles.DANGER, AppIcon.ERROR, "Could not save", "Writing " + model.fileName() + " failed: "
                    + e.getMessage() + ". Your changes are still in this window.");
        }
    }

    /** Probes the chosen engine off the FX thread; {@code thenSave}: save when it answered. */
    private void runCheck(boolean thenSave) {
        EngineChoice choice = engineChoice();
        String problem = choice.problem();
        engineError.setText(problem);
        if (problem != null) {
            return;
        }
        check.setDisable(true);
        save.setDisable(true);
        showResult(Styles.TEXT_MUTED, AppIcon.ENGINE, "Checking " + choice.describe() + "…", null);
        tasks.run(() -> model.check(choice), report -> {
            check.setDisable(false);
            save.setDisable(false);
            checked = choice;
            boolean checkPassed = report.chosen() != null;
            showResult(checkPassed ? Styles.SUCCESS : Styles.DANGER, checkPassed ? AppIcon.SUCCESS : AppIcon.ERROR,
                    headline(report), DoctorReport.text(report));
            // "anyway" only where Save would otherwise check again: a changed engine that did not answer
            save.setText(checkPassed || choice.equals(model.current().engine()) ? "Save" : "Save anyway");
            if (thenSave && checkPassed) {
                save();
            }
        }, failure -> {
            check.setDisable(false);
            save.setDisable(false);
            showResult(Styles.DANGER, AppIcon.ERROR, "The check failed: " + failure.getMessage(), null);
        });
    }

    /** One sentence on the outcome: what answered, or the doctor's reason why nothing did. */
    static String headline(DiscoveryReport report) {
        if (report.chosen() == null) {
            return report.reason();
        }
        var info = report.chosen().info();
        String what = info == null ? "An engine" : info.name() + " " + info.version() + " (API " + info.apiVersion()
                + ")";
        return what + " answered at " + report.chosen().endpoint().host() + ".";
    }

    private void showResult(String style, AppIcon icon, String text, String report) {
        checkResult.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
        checkResult.getStyleClass().add(style);
        checkResult.setGraphic(Controls.icon(icon));
        checkResult.setText(text);
        checkResult.setVisible(true);
        checkResult.setManaged(true);
        checkDetails.setText(report == null ? "" : report);
        details.setVisible(report != null);
        details.setManaged(report != null);
    }

    private void engineKindChanged() {
        EngineChoice.Kind k = kind.getValue();
        address.setDisable(k == EngineChoice.Kind.AUTO);
        tls.setDisable(k != EngineChoice.Kind.TCP);
        address.setPromptText(switch (k) {
            case AUTO -> "found as the docker CLI finds it";
            case CONTEXT -> "a context name from 'docker context ls'";
            case UNIX -> "/var/run/docker.sock";
            case NPIPE -> "//./pipe/docker_engine";
            case TCP -> "host:2376";
        });
        engineEdited();
    }

    private void engineEdited() {
        checked = null;
        save.setText("Save");
        engineError.setText(null);
    }

    private void browseTls() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder with ca.pem, cert.pem and key.pem");
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            tls.setText(dir.getAbsolutePath());
        }
    }

    private void show(String style, AppIcon icon, String title, String text) {
        message.getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
        message.getStyleClass().add(style);
        message.setGraphic(Controls.icon(icon));
        message.setTitle(title);
        message.setDescription(text);
        message.setVisible(true);
        message.setManaged(true);
    }
}
