package dev.porthole.ui.editor;

import dev.porthole.dockerfile.InstructionCatalog;
import dev.porthole.dockerfile.lint.Finding;
import dev.porthole.dockerfile.lint.QuickFix;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The open files, one tab each: new, open, save, save as, and closing with a prompt for unsaved work. Every few
 * seconds the page asks it to write recovery copies of unsaved text ({@link #saveRecoveryCopies}).
 */
final class EditorTabs extends TabPane {

    private static final Logger LOG = LoggerFactory.getLogger(EditorTabs.class);

    private final TaskRunner tasks;
    private final EditorFiles files;
    private final RecoveryStore recovery;
    private final UnsavedPrompt prompt;
    private final InstructionCatalog catalog = InstructionCatalog.standard();
    private final ReadOnlyObjectWrapper<CodeEditor> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int untitled;
    /** Hash of the text last copied for recovery, by document id: unchanged text is not written again. */
    private final Map<String, Integer> copied = new HashMap<>();

    EditorTabs(TaskRunner tasks, EditorFiles files, RecoveryStore recovery, UnsavedPrompt prompt) {
        this.tasks = tasks;
        this.files = files;
        this.recovery = recovery;
        this.prompt = prompt;
        setId("editor-tabs");
        getStyleClass().add("editor-tabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                current.set(now == null ? null : (CodeEditor) now.getContent()));
    }

    /** The editor of the selected tab, or null. */
    ReadOnlyObjectProperty<CodeEditor> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The last thing worth telling the user (saved, failed to open…). */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Every open editor, in tab order. */
    List<CodeEditor> editors() {
        return getTabs().stream().map(t -> (CodeEditor) t.getContent()).toList();
    }

    /** Opens a new tab with {@code text}; {@code path} may be null for an untitled file. */
    CodeEditor add(Path path, String text) {
        EditorDocument doc = new EditorDocument(path, "Dockerfile" + (untitled++ == 0 ? "" : " " + untitled));
        return add(doc, text);
    }

    private CodeEditor add(EditorDocument doc, String text) {
        dropPristineUntitled();
        CodeEditor editor = new CodeEditor(doc, text, tasks);
        new HoverTips(editor, catalog);
        new Completion(editor.area(), catalog);
        editor.area().setContextMenu(contextMenu(editor));
        editor.gutter().setOnMarkerClick((line, node) -> fixMenu(editor, editor.analysisProperty().get() == null
                ? List.of() : editor.analysisProperty().get().findingsOn(line))
                .show(node, javafx.geometry.Side.RIGHT, 0, 0));
        Tab tab = new Tab();
        tab.textProperty().bind(doc.titleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(doc.pathProperty().asString().map(p -> p.equals("null") ? "Not saved yet" : p));
        tab.setTooltip(tip);
        tab.setContent(editor);
        tab.setOnCloseRequest(e -> {
            if (!confirmClose(editor)) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> forgetRecovery(doc));
        getTabs().add(tab);
        getSelectionModel().select(tab);
        return editor;
    }

    /** The empty untitled tab the page starts with gives way to the first file opened. */
    private void dropPristineUntitled() {
        if (getTabs().size() == 1) {
            CodeEditor only = (CodeEditor) getTabs().getFirst().getContent();
            if (only.document().pathProperty().get() == null && !only.document().dirtyProperty().get()
                    && only.area().getLength() == 0) {
                getTabs().clear();
            }
        }
    }

    /** Opens {@code path} (or shows its tab when already open); the file is read off the FX thread. */
    void open(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        for (Tab t : getTabs()) {
            if (abs.equals(((CodeEditor) t.getContent()).document().pathProperty().get())) {
                getSelectionModel().select(t);
                return;
            }
        }
        tasks.run(() -> files.read(abs), text -> {
            CodeEditor editor = add(abs, text);
            files.rememberFolder(abs.getParent());
            message.set("Opened " + abs);
            editor.area().requestFocus();
        }, failure -> message.set("Could not open " + abs + ": " + failure.getMessage()));
    }

    /** Asks for a file and opens it. */
    void openChosen(Window owner) {
        files.chooseOpen(owner).ifPresent(this::open);
    }

    /** Restores a recovery copy as an unsaved tab. */
    void restore(RecoveryStore.Recovered copy) {
        EditorDocument doc = new EditorDocument(copy.id(), copy.file(), "Recovered Dockerfile");
        add(doc, copy.text()).markRestored();
    }

    /** Saves the editor's text to its file, asking where when it has none; returns whether it was saved. */
    boolean save(CodeEditor editor, Window owner) {
        Path path = editor.document().pathProperty().get();
        if (path == null) {
            return saveAs(editor, owner);
        }
        return writeTo(editor, path);
    }

    /** Asks for a new file name and saves there. */
    boolean saveAs(CodeEditor editor, Window owner) {
        Optional<Path> target = files.chooseSave(owner, editor.document().name());
        return target.isPresent() && writeTo(editor, target.get());
    }

    private boolean writeTo(CodeEditor editor, Path path) {
        try {
            files.write(path, editor.text());
        } catch (IOException e) {
            message.set("Could not save " + path + ": " + e.getMessage());
            return false;
        }
        editor.document().pathProperty().set(path);
        editor.markSaved();
        forgetRecovery(editor.document());
        message.set("Saved " + path);
        return true;
    }

    /** Asks about unsaved work of one editor; true when it may close. */
    boolean confirmClose(CodeEditor editor) {
        if (!editor.document().dirtyProperty().get()) {
            return true;
        }
        getSelectionModel().select(tabOf(editor));
        return switch (prompt.ask(editor.document().name())) {
            case SAVE -> save(editor, getScene() == null ? null : getScene().getWindow());
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Asks about every unsaved editor in turn; true when all may close (the app may exit). */
    boolean confirmCloseAll() {
        List<CodeEditor> discarded = new ArrayList<>();
        for (CodeEditor editor : editors()) {
            if (!confirmClose(editor)) {
                return false;
            }
            discarded.add(editor);
        }
        // at once, not in the background: the app is about to stop its workers
        for (CodeEditor e : discarded) {
            try {
                recovery.delete(e.document().id());
            } catch (IOException failure) {
                LOG.debug("Could not remove the recovery copy of {}", e.document().name(), failure);
            }
        }
        return true;
    }

    /** Writes the recovery copy of each unsaved editor, off the FX thread; removes those of saved ones. */
    void saveRecoveryCopies() {
        for (CodeEditor editor : editors()) {
            EditorDocument doc = editor.document();
            if (doc.dirtyProperty().get()) {
                String text = editor.text();
                Integer before = copied.put(doc.id(), text.hashCode());
                if (before != null && before == text.hashCode()) {
                    continue;
                }
                Path path = doc.pathProperty().get();
                tasks.run(() -> {
                    recovery.save(doc.id(), path, text);
                    return null;
                }, ok -> { }, failure -> LOG.warn("Could not write the recovery copy of {}", doc.name(), failure));
            }
        }
    }

    private void forgetRecovery(EditorDocument doc) {
        copied.remove(doc.id());
        tasks.run(() -> {
            recovery.delete(doc.id());
            return null;
        }, ok -> { }, failure -> LOG.debug("Could not remove the recovery copy of {}", doc.name(), failure));
    }

    private Tab tabOf(CodeEditor editor) {
        return getTabs().stream().filter(t -> t.getContent() == editor).findFirst().orElse(null);
    }

    private ContextMenu contextMenu(CodeEditor editor) {
        ContextMenu menu = new ContextMenu();
        menu.setId("editor-context-menu");
        menu.setOnShowing(e -> {
            List<MenuItem> items = new ArrayList<>(fixMenu(editor, editor.findingsAtCaret()).getItems());
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            items.add(item("Undo", AppIcon.UNDO, () -> editor.area().undo()));
            items.add(item("Redo", AppIcon.REDO, () -> editor.area().redo()));
            items.add(new SeparatorMenuItem());
            items.add(item("Cut", null, () -> editor.area().cut()));
            items.add(item("Copy", AppIcon.COPY, () -> editor.area().copy()));
            items.add(item("Paste", null, () -> editor.area().paste()));
            menu.getItems().setAll(items);
        });
        return menu;
    }

    /** A menu of the quick fixes of {@code findings} (those without fixes are listed, disabled). */
    static ContextMenu fixMenu(CodeEditor editor, List<Finding> findings) {
        ContextMenu menu = new ContextMenu();
        menu.setId("fix-menu");
        for (Finding f : findings) {
            if (f.fixes().isEmpty()) {
                MenuItem info = new MenuItem(f.ruleId() + ": " + f.message());
                info.setDisable(true);
                menu.getItems().add(info);
            }
            for (QuickFix fix : f.fixes()) {
                MenuItem item = item(fix.title(), AppIcon.QUICK_FIX, () -> editor.applyFix(f, fix));
                item.setId("fix-" + f.ruleId());
                menu.getItems().add(item);
            }
        }
        return menu;
    }

    private static MenuItem item(String text, AppIcon icon, Runnable action) {
        Node graphic = icon == null ? null : Controls.icon(icon);
        MenuItem item = new MenuItem(text, graphic);
        item.setOnAction(e -> action.run());
        return item;
    }
}
