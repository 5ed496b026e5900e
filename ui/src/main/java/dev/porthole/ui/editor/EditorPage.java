package dev.porthole.ui.editor;

import dev.porthole.dockerfile.template.Template;
import dev.porthole.dockerfile.template.TemplateCatalog;
import dev.porthole.dockerfile.template.TemplateWriteException;
import dev.porthole.dockerfile.template.TemplateWriter;
import dev.porthole.engine.EngineConnection;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.shell.AbstractPage;
import dev.porthole.ui.shell.Navigator;
import dev.porthole.ui.shell.TaskRunner;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The Dockerfile page: an editor with tabs, live highlighting and lint, completion, line explanations, templates,
 * snippets and builds. Unsaved work is copied to {@code recovery/} in the config folder every few seconds and
 * offered back on the next start; {@link #canClose()} asks about it before the app exits.
 */
public final class EditorPage extends AbstractPage {

    public static final String ID = "dockerfile";
    private static final Logger LOG = LoggerFactory.getLogger(EditorPage.class);
    /** How often unsaved text is copied for recovery. */
    static final Duration RECOVERY_EVERY = Duration.seconds(5);

    private final TaskRunner tasks;
    private final Navigator navigator;
    private final TemplateCatalog templates = TemplateCatalog.load();
    private final RecoveryStore recovery;
    private final EditorTabs tabs;
    private final BuildModel build;
    private final EditorView view;
    private final Timeline recoveryTimer;

    /** The page with the real file choosers and unsaved-changes dialog. */
    public EditorPage(Path configDir, EngineConnection connection, TaskRunner tasks, Navigator navigator) {
        this(configDir, connection, tasks, navigator, new EditorFiles(), null);
    }

    /** The page with its file seam and prompt given (tests); a null prompt means the dialog. */
    public EditorPage(Path configDir, EngineConnection connection, TaskRunner tasks, Navigator navigator,
                      EditorFiles files, UnsavedPrompt prompt) {
        super(ID, "Dockerfile", AppIcon.DOCKERFILE);
        this.tasks = tasks;
        this.navigator = navigator;
        this.recovery = new RecoveryStore(configDir.resolve("recovery"));
        UnsavedPrompt ask = prompt != null ? prompt : UnsavedPrompt.dialog(this::window);
        this.tabs = new EditorTabs(tasks, files, recovery, ask);
        this.build = closes(new BuildModel(connection, tasks));
        BuildPanel buildPanel = new BuildPanel(build, this::runImage, this::inspectLayers, this::goToLine);
        this.view = new EditorView(tabs, templates, this::newFromTemplate, this::startBuild, buildPanel);
        build.failedLineProperty().addListener((obs, was, line) -> {
            if (line != null && line > 0) {
                goToLine(line);
            }
        });
        recoveryTimer = new Timeline(new KeyFrame(RECOVERY_EVERY, e -> tabs.saveRecoveryCopies()));
        recoveryTimer.setCycleCount(Animation.INDEFINITE);
        recoveryTimer.play();
        closes(recoveryTimer::stop);
        show(view, view::commands);
        offerRecovery();
        // load and warm the parser, highlighter and linter before the first keystroke needs them
        tasks.run(() -> Analysis.of("FROM scratch\nRUN true\n", 0), warm -> { }, failure -> { });
    }

    @Override
    public void onShow() {
        if (tabs.getTabs().isEmpty()) {
            tabs.add(null, "");
        }
    }

    /** Asks about unsaved work in every tab; false when the user cancelled (the app must not exit). */
    public boolean canClose() {
        boolean ok = tabs.confirmCloseAll();
        if (ok) {
            // no copy of work the user chose to discard may be written after this
            recoveryTimer.stop();
        }
        return ok;
    }

    /** Opens a file in a tab. */
    public void open(Path file) {
        tabs.open(file);
    }

    /** The open tabs (for tests). */
    EditorTabs tabs() {
        return tabs;
    }

    EditorView editorView() {
        return view;
    }

    BuildModel build() {
        return build;
    }

    private void offerRecovery() {
        tasks.run(recovery::load, found -> {
            if (found.isEmpty()) {
                return;
            }
            Button restore = new Button("Restore");
            restore.setId("recovery-restore");
            Button discard = new Button("Discard");
            discard.setId("recovery-discard");
            HBox banner = view.banner("recovery-banner", "Unsaved work from the last session was kept: "
                    + found.size() + (found.size() == 1 ? " file." : " files."), List.of(restore, discard));
            restore.setOnAction(e -> {
                found.forEach(tabs::restore);
                view.removeBanner(banner);
            });
            discard.setOnAction(e -> {
                view.removeBanner(banner);
                tasks.run(() -> {
                    for (RecoveryStore.Recovered r : found) {
                        recovery.delete(r.id());
                    }
                    return null;
                }, ok -> { }, failure -> LOG.warn("Could not remove recovery copies", failure));
            });
        }, failure -> LOG.warn("Could not read recovery copies from {}", recovery.folder(), failure));
    }

    private void newFromTemplate() {
        new TemplateGallery(templates, window()).showAndWait().ifPresent(this::writeTemplate);
    }

    private void writeTemplate(Template template) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the " + template.title() + " template");
        File folder = chooser.showDialog(window());
        if (folder != null) {
            writeTemplate(template, folder.toPath());
        }
    }

    /** Writes a template into {@code folder} off the FX thread, then opens its Dockerfile. */
    void writeTemplate(Template template, Path folder) {
        TemplateWriter writer = new TemplateWriter(templates);
        tasks.run(() -> writer.write(template, folder, false), result -> {
            open(folder.resolve("Dockerfile"));
            if (!result.notes().isEmpty()) {
                alert(Alert.AlertType.INFORMATION, "One more step", String.join("\n\n", result.notes()));
            }
        }, failure -> alert(Alert.AlertType.ERROR, "Could not create the template",
                failure instanceof TemplateWriteException ? failure.getMessage() : failure.toString()));
    }

    private void startBuild() {
        CodeEditor editor = tabs.currentProperty().get();
        if (editor == null || !editor.document().isDockerfile()) {
            alert(Alert.AlertType.INFORMATION, "Nothing to build", "Open a Dockerfile to build it.");
            return;
        }
        if (editor.document().dirtyProperty().get() || editor.document().pathProperty().get() == null) {
            if (!tabs.save(editor, window())) {
                return;
            }
        }
        Analysis a = editor.analysisProperty().get();
        var parsed = a != null && a.text().equals(editor.text()) ? a.file()
                : dev.porthole.dockerfile.DockerfileParser.parse(editor.text());
        new BuildDialog(build, editor.document().pathProperty().get(), parsed, window()).showAndWait()
                .ifPresent(request -> {
                    view.showBuild();
                    build.start(request, parsed);
                });
    }

    private void runImage() {
        build.runImage(navigator::showContainer);
    }

    private void inspectLayers() {
        String image = build.imageIdProperty().get();
        if (image != null) {
            navigator.showLayers(image);
        }
    }

    private void goToLine(int line) {
        CodeEditor editor = tabs.currentProperty().get();
        if (editor != null) {
            editor.goToLine(line);
        }
    }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text, ButtonType.OK);
        alert.setHeaderText(header);
        if (window() != null) {
            alert.initOwner(window());
        }
        alert.show();
    }

    private Window window() {
        return view.getScene() == null ? null : view.getScene().getWindow();
    }
}
