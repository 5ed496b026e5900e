package dev.porthole.ui.editor;

import dev.porthole.dockerfile.TextEdit;
import dev.porthole.dockerfile.lint.Finding;
import dev.porthole.dockerfile.lint.QuickFix;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One tab's editor: a RichTextFX code area with line numbers and gutter markers. After each pause in typing the
 * text is parsed, highlighted and linted off the FX thread; a result an edit has overtaken is dropped, the rest is
 * applied as style spans (highlighting and lint underlines) and published as {@link #analysisProperty()}.
 */
public final class CodeEditor extends StackPane {

    private static final Logger LOG = LoggerFactory.getLogger(CodeEditor.class);
    /** Quiet time after the last keystroke before analysing: short enough to feel live. */
    static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final EditorDocument document;
    private final TaskRunner tasks;
    private final CodeArea area = new CodeArea();
    private final Gutter gutter;
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    /** Unsaved although the undo history says otherwise (text restored from a recovery copy). */
    private final BooleanProperty restoredUnsaved = new SimpleBooleanProperty();
    private long version;

    public CodeEditor(EditorDocument document, String text, TaskRunner tasks) {
        this.document = document;
        this.tasks = tasks;
        getStyleClass().add("code-editor");
        area.getStyleClass().add("dockerfile-area");
        area.setId("code-area");
        gutter = new Gutter(area);
        area.replaceText(text == null ? "" : text);
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(0);
        document.dirtyProperty().bind(Bindings.or(restoredUnsaved,
                Bindings.not(area.getUndoManager().atMarkedPositionProperty())));
        area.plainTextChanges().subscribe(change -> version++);
        area.multiPlainChanges().successionEnds(DEBOUNCE).subscribe(changes -> analyse());
        document.pathProperty().addListener((obs, was, now) -> analyse());
        getChildren().add(new VirtualizedScrollPane<>(area));
        analyse();
    }

    /** The document this editor shows. */
    public EditorDocument document() {
        return document;
    }

    /** The code area (for find, completion, tests). */
    public CodeArea area() {
        return area;
    }

    /** The gutter that shows line numbers and markers. */
    Gutter gutter() {
        return gutter;
    }

    /** The latest analysis that matches the text; null for files that are not Dockerfiles. */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** The current text. */
    public String text() {
        return area.getText();
    }

    /** Marks the text as saved: the dirty marker goes until the next change. */
    public void markSaved() {
        restoredUnsaved.set(false);
        area.getUndoManager().mark();
    }

    /** Marks text restored from a recovery copy as unsaved. */
    void markRestored() {
        restoredUnsaved.set(true);
    }

    /** Analyses the text now (off the FX thread); the result is applied unless an edit overtook it. */
    public void analyse() {
        if (!document.isDockerfile()) {
            analysis.set(null);
            area.clearStyle(0, area.getLength());
            gutter.show(null);
            return;
        }
        long wanted = version;
        String text = area.getText();
        Analysis shown = analysis.get();
        tasks.run(() -> {
            Analysis next = Analysis.of(text, wanted);
            return new Pending(shown, next, StyleDiff.between(shown, next));
        }, pending -> {
            if (pending.next().version() == version) {
                apply(pending);
            }
        }, failure -> LOG.warn("Analysing {} failed", document.name(), failure));
    }

    /** A finished analysis and what it changes relative to the one shown when it started. */
    private record Pending(Analysis shownBefore, Analysis next, StyleDiff.Range changed) {
    }

    private void apply(Pending pending) {
        Analysis result = pending.next();
        StyleSpans<Collection<String>> styles = result.styles();
        if (styles.length() == area.getLength()) {
            StyleDiff.Range r = pending.changed();
            if (pending.shownBefore() == null || pending.shownBefore() != analysis.get()) {
                area.setStyleSpans(0, styles);
            } else if (!r.isEmpty()) {
                // only the stretch that differs: restyling all of a long file costs a visible hitch
                area.setStyleSpans(r.from(), styles.subView(r.from(), r.to()));
            }
        }
        gutter.show(result);
        analysis.set(result);
    }

    /** Moves the caret to the start of a 1-based line and scrolls it into view. */
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** The findings of the latest analysis on the caret's line. */
    public List<Finding> findingsAtCaret() {
        Analysis a = analysis.get();
        return a == null ? List.of() : a.findingsOn(area.getCurrentParagraph() + 1);
    }

    /**
     * Applies a quick fix as one undoable change. The fix's offsets refer to the text it was made on; when an edit
     * came since, the current text is linted again and the same finding's fix is used, or nothing happens.
     */
    public boolean applyFix(Finding finding, QuickFix fix) {
        String text = area.getText();
        Analysis a = analysis.get();
        QuickFix current = fix;
        if (a == null || !a.text().equals(text)) {
            Analysis fresh = Analysis.of(text, version);
            Optional<QuickFix> same = fresh.findings().stream()
                    .filter(f -> f.rule() == finding.rule() && f.line() == finding.line())
                    .flatMap(f -> f.fixes().stream()).filter(q -> q.title().equals(fix.title())).findFirst();
            if (same.isEmpty()) {
                return false;
            }
            current = same.get();
        }
        List<TextEdit> edits = current.edits();
        if (edits.isEmpty()) {
            return false;
        }
        int start = edits.stream().mapToInt(TextEdit::start).min().orElseThrow();
        int end = edits.stream().mapToInt(TextEdit::end).max().orElseThrow();
        List<TextEdit> shifted = edits.stream().sorted(Comparator.comparingInt(TextEdit::start))
                .map(e -> new TextEdit(e.start() - start, e.end() - start, e.replacement())).toList();
        String replacement = TextEdit.apply(text.substring(start, end), shifted);
        area.replaceText(start, end, replacement);
        analyse();
        return true;
    }

    /** Inserts text at the caret (a snippet), on a line of its own when the caret is mid-line. */
    public void insertAtCaret(String snippet) {
        int column = area.getCaretColumn();
        String lineText = area.getParagraph(area.getCurrentParagraph()).getText();
        String text = snippet.endsWith("\n") ? snippet : snippet + "\n";
        if (column > 0 && !lineText.isBlank()) {
            area.moveTo(area.getCurrentParagraph(), lineText.length());
            text = "\n" + text.substring(0, text.length() - 1);
        }
        area.insertText(area.getCaretPosition(), text);
        area.requestFocus();
    }
}
