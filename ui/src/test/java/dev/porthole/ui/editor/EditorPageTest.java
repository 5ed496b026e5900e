package dev.porthole.ui.editor;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.dockerfile.lint.Finding;
import dev.porthole.ui.shell.FxTaskRunner;
import dev.porthole.ui.shell.Navigator;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor page on its own, with real background analysis: typing, lint markers, quick fixes, closing. */
@ExtendWith(ApplicationExtension.class)
class EditorPageTest {

    @TempDir
    static Path config;

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private FxTaskRunner tasks;
    private EditorPage page;
    private Stage stage;

    private static final Navigator NO_NAVIGATION = new Navigator() {
        @Override
        public void showPage(String pageId) {
        }

        @Override
        public void showContainer(String containerId) {
        }
    };

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        Path dir = Files.createTempDirectory(config, "page");
        tasks = new FxTaskRunner(2);
        page = new EditorPage(dir, null, tasks, NO_NAVIGATION);
        stage.setScene(new Scene((Parent) page.view(), 1100, 700));
        page.onShow();
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            page.tabs().getTabs().clear();
            page.close();
            tasks.close();
        }).get();
        assertThat(fxErrors).as("exceptions thrown on the FX thread").isEmpty();
    }

    private CodeEditor editor() {
        return onFx(() -> page.tabs().currentProperty().get());
    }

    @Test
    void typingShowsHighlightingAndALintMarkerWithinAMoment(FxRobot robot) {
        robot.clickOn("#code-area");
        robot.write("FROM ubuntu\nRUN apt install curl\n");
        CodeEditor editor = editor();

        until("the keyword is highlighted and the lint marks line 2", () -> {
            CodeArea area = editor.area();
            Collection<String> from = area.getStyleOfChar(1);
            int apt = area.getText().indexOf("apt install");
            return area.getText().startsWith("FROM ubuntu") && from.contains("df-instruction")
                    && area.getStyleOfChar(apt + 1).stream().anyMatch(c -> c.startsWith("lint-"))
                    && editor.gutter().severityOn(2) != null;
        });
        until("the gutter marks line 2", () -> robot.lookup("#gutter-marker-2").tryQuery().isPresent());
        assertThat(onFx(() -> page.editorView().problems().list().getItems()).stream().map(Finding::ruleId))
                .contains("DL3027", "DL3006");
        assertThat(onFx(() -> editor.document().dirtyProperty().get())).isTrue();
    }

    @Test
    void aQuickFixFromTheGutterMarkerAppliesItsEdit(FxRobot robot) {
        CodeEditor editor = onFx(() -> page.tabs().add(null, "FROM debian:12\nMAINTAINER Jane <jane@example.com>\n"));
        until("the MAINTAINER finding is marked", () -> editor.gutter().severityOn(2) != null
                && robot.lookup("#gutter-marker-2").tryQuery().isPresent());

        robot.clickOn("#gutter-marker-2");
        robot.clickOn("#fix-DL4000");

        until("the fix replaced MAINTAINER and the finding went", () -> !editor.text().contains("MAINTAINER")
                && editor.analysisProperty().get() != null
                && editor.analysisProperty().get().findings().stream().noneMatch(f -> f.ruleId().equals("DL4000")));
        assertThat(onFx(editor::text)).contains("LABEL maintainer=");
        onFx(() -> {
            editor.area().undo();
            return null;
        });
        assertThat(onFx(editor::text)).contains("MAINTAINER Jane");
    }

    @Test
    void closingUnsavedWorkAsksAndCancelKeepsIt(FxRobot robot) throws Exception {
        CodeEditor editor = onFx(() -> page.tabs().add(null, ""));
        onFx(() -> {
            editor.area().insertText(0, "FROM scratch\n");
            return null;
        });
        assertThat(onFx(() -> editor.document().dirtyProperty().get())).isTrue();

        Future<Boolean> first = WaitForAsyncUtils.asyncFx(page::canClose);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#unsaved-cancel");
        assertThat(first.get(5, TimeUnit.SECONDS)).as("the app may close").isFalse();
        assertThat(onFx(() -> page.tabs().editors())).contains(editor);

        Future<Boolean> second = WaitForAsyncUtils.asyncFx(page::canClose);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#unsaved-discard");
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void unsavedTextIsKeptForRecoveryAndOfferedOnTheNextStart(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(config, "recovery");
        EditorPage first = onFx(() -> new EditorPage(dir, null, tasks, NO_NAVIGATION));
        onFx(() -> {
            first.tabs().add(null, "").area().insertText(0, "FROM scratch\nCOPY recovered /\n");
            first.tabs().saveRecoveryCopies();
            return null;
        });
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !store.load().isEmpty());
        onFx(() -> {
            first.close();
            EditorPage second = new EditorPage(dir, null, tasks, NO_NAVIGATION);
            stage.getScene().setRoot((Parent) second.view());
            page.close();
            page = second;
            return null;
        });

        until("the recovery banner shows", () -> robot.lookup("#recovery-restore").tryQuery().isPresent());
        robot.clickOn("#recovery-restore");
        CodeEditor restored = editor();
        assertThat(onFx(restored::text)).isEqualTo("FROM scratch\nCOPY recovered /\n");
        assertThat(onFx(() -> restored.document().dirtyProperty().get())).isTrue();
    }

    @Test
    void ctrlSpaceOffersInstructionKeywords(FxRobot robot) {
        robot.clickOn("#code-area");
        robot.write("EX");
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.SPACE)
                .release(javafx.scene.input.KeyCode.SPACE).release(javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#completion-EXPOSE");
        assertThat(onFx(() -> editor().text())).isEqualTo("EXPOSE ");
    }

    @Test
    void theExplainPanelDescribesTheCaretLineAndItsLayer(FxRobot robot) {
        CodeEditor editor = onFx(() -> page.tabs().add(null, "FROM debian:12\nRUN echo hi\nENV A=1\n"));
        until("analysed", () -> editor.analysisProperty().get() != null);
        onFx(() -> {
            editor.goToLine(2);
            return null;
        });
        until("line 2 explained", () -> page.editorView().explain().textLabel().getText().contains("echo hi"));
        Node layer = robot.lookup("#explain-layer").query();
        assertThat(((javafx.scene.control.Label) layer).getText()).contains("new image layer");
    }

    @Test
    void findAndReplaceAllIsOneUndoableChange(FxRobot robot) {
        CodeEditor editor = onFx(() -> page.tabs().add(null, "FROM debian:12\nRUN apt update\nRUN apt upgrade\n"));
        robot.clickOn("#code-area");
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F).release(javafx.scene.input.KeyCode.CONTROL);
        robot.clickOn("#find-field").write("apt ");
        robot.clickOn("#replace-field").write("apt-get ");
        robot.clickOn("Replace all");

        assertThat(onFx(editor::text)).isEqualTo("FROM debian:12\nRUN apt-get update\nRUN apt-get upgrade\n");
        assertThat(robot.lookup("#find-status").queryLabeled().getText()).isEqualTo("2 replaced");
        onFx(() -> {
            editor.area().undo();
            return null;
        });
        assertThat(onFx(editor::text)).contains("RUN apt update");
    }

    @Test
    void aSnippetIsInsertedAtTheCaret(FxRobot robot) {
        CodeEditor editor = onFx(() -> page.tabs().add(null, "FROM debian:12\n"));
        onFx(() -> {
            editor.area().moveTo(editor.area().getLength());
            return null;
        });
        robot.clickOn("#editor-snippets");
        robot.clickOn("#snippet-healthcheck");
        assertThat(onFx(editor::text)).startsWith("FROM debian:12\n").contains("HEALTHCHECK");
    }

    @Test
    void aTemplateIsWrittenToTheFolderAndItsDockerfileOpens() throws Exception {
        Path folder = Files.createTempDirectory(config, "template").resolve("flask");
        var template = dev.porthole.dockerfile.template.TemplateCatalog.load().template("flask-notes").orElseThrow();
        onFx(() -> {
            page.writeTemplate(template, folder);
            return null;
        });
        until("the template's Dockerfile is open", () -> {
            CodeEditor e = page.tabs().currentProperty().get();
            return e != null && folder.resolve("Dockerfile").equals(e.document().pathProperty().get());
        });
        assertThat(folder.resolve("inv.py")).exists();
        assertThat(onFx(() -> editor().text())).contains("ENV FLASK_APP=inv.py");
        until("it is linted", () -> editor().analysisProperty().get() != null
                && !editor().analysisProperty().get().findings().isEmpty());
    }

    @Test
    void aTwoThousandLineFileIsHighlightedAndAnEditRestylesQuickly(FxRobot robot) {
        StringBuilder sb = new StringBuilder("FROM debian:12\n");
        for (int i = 0; i < 2000; i++) {
            sb.append(i % 2 == 0 ? "RUN apt-get install -y curl && echo \"$HOME\" # " + i + "\n"
                    : "COPY --chown=app:app src/ /app/" + i + "\n");
        }
        CodeEditor editor = onFx(() -> page.tabs().add(null, sb.toString()));
        until("the big file is analysed", () -> editor.analysisProperty().get() != null);
        Analysis first = onFx(() -> editor.analysisProperty().get());
        onFx(() -> {
            editor.area().insertText(0, "# edited\n");
            return null;
        });
        until("the edit is analysed", () -> editor.analysisProperty().get() != first
                && editor.analysisProperty().get().text().startsWith("# edited"));
        long full = onFx(() -> {
            long start = System.nanoTime();
            editor.area().setStyleSpans(0, editor.analysisProperty().get().styles());
            return (System.nanoTime() - start) / 1_000_000;
        });
        Analysis before = onFx(() -> editor.analysisProperty().get());
        Analysis after = Analysis.of(before.text().replace("# 1000\n", "# 1000 edited\n"), 99);
        StyleDiff.Range range = StyleDiff.between(before, after);
        assertThat(range.to() - range.from()).as("characters to restyle after a one-line edit").isLessThan(40);
        System.out.println("Restyling all 2,000 lines on the FX thread took " + full + " ms; an edit restyles "
                + (range.to() - range.from()) + " characters");
        assertThat(onFx(() -> editor.area().getStyleOfChar(editor.text().indexOf("RUN") + 1)))
                .contains("df-instruction");
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the UI failed", e);
        }
    }

    private static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(onFx(condition)));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what);
        }
    }
}
