package dev.porthole.ui.editor;

import atlantafx.base.theme.Styles;
import dev.porthole.dockerfile.explain.LineExplainer;
import dev.porthole.dockerfile.template.Snippet;
import dev.porthole.dockerfile.template.TemplateCatalog;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.controls.Controls;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;

/**
 * The Dockerfile page's layout: a toolbar, the recovery banner, the tabs with the find bar, the line explanation
 * on the right, and the problems and build panels below. Actions go to {@link EditorTabs} and the page.
 */
final class EditorView extends BorderPane {

    private static final String STYLESHEET =
            Objects.requireNonNull(EditorView.class.getResource("editor.css")).toExternalForm();

    private final EditorTabs tabs;
    private final FindBar findBar;
    private final ProblemsPanel problems = new ProblemsPanel();
    private final ExplainPanel explain = new ExplainPanel(new LineExplainer());
    private final TabPane bottom = new TabPane();
    private final VBox banners = new VBox();
    private final Label status = new Label();
    private final List<Command> commands;

    EditorView(EditorTabs tabs, TemplateCatalog templates, Runnable onTemplate, Runnable onBuild, BuildPanel build) {
        this.tabs = tabs;
        this.findBar = new FindBar(() -> tabs.currentProperty().get());
        getStyleClass().add("editor-page");
        getStylesheets().addAll(Controls.STYLESHEET, STYLESHEET);
        setId("page-dockerfile");

        MenuButton snippets = new MenuButton("Snippets", Controls.icon(AppIcon.SNIPPET));
        snippets.setId("editor-snippets");
        for (Snippet s : templates.snippets()) {
            MenuItem item = new MenuItem(s.title());
            item.setId("snippet-" + s.id());
            item.setOnAction(e -> insertSnippet(s));
            snippets.getItems().add(item);
        }
        Command newFile = Command.action("editor.new", "New Dockerfile", () -> tabs.add(null, ""))
                .withIcon(AppIcon.FILE_NEW).withShortcut(key(KeyCode.N, false));
        Command openFile = Command.action("editor.open", "Open file…", this::open)
                .withIcon(AppIcon.FILE_OPEN).withShortcut(key(KeyCode.O, false));
        Command save = withFile(Command.action("editor.save", "Save file", this::save)
                .withIcon(AppIcon.SAVE).withShortcut(key(KeyCode.S, false)));
        Command saveAs = withFile(Command.action("editor.save-as", "Save file as…", this::saveAs)
                .withIcon(AppIcon.SAVE_AS).withShortcut(key(KeyCode.S, true)));
        // undo and redo keep to the editor's own keys: as window shortcuts they would take Ctrl+Z from text fields
        Command undo = withFile(Command.action("editor.undo", "Undo edit", () -> withEditor(e -> e.area().undo()))
                .withIcon(AppIcon.UNDO));
        Command redo = withFile(Command.action("editor.redo", "Redo edit", () -> withEditor(e -> e.area().redo()))
                .withIcon(AppIcon.REDO));
        Command find = withFile(Command.action("editor.find", "Find and replace", findBar::open)
                .withIcon(AppIcon.SEARCH).withShortcut(key(KeyCode.F, false)));
        Command template = Command.action("editor.template", "New from template…", onTemplate)
                .withIcon(AppIcon.TEMPLATE);
        Command lint = withFile(Command.action("editor.problems", "Lint: show problems", this::showProblems)
                .withIcon(AppIcon.WARNING));
        Command buildImage = withFile(Command.action("editor.build", "Build image…", onBuild)
                .withIcon(AppIcon.BUILD).withShortcut(key(KeyCode.B, false)));
        commands = List.of(newFile, openFile, save, saveAs, undo, redo, find, template, lint, buildImage);
        ToolBar bar = new ToolBar(
                button("editor-new", "New", newFile),
                button("editor-open", "Open", openFile),
                button("editor-save", "Save", save),
                button("editor-save-as", "Save as", saveAs),
                new Separator(Orientation.VERTICAL),
                button("editor-undo", "Undo (" + key(KeyCode.Z, false).getDisplayText() + ")", undo),
                button("editor-redo", "Redo (" + key(KeyCode.Y, false).getDisplayText() + ")", redo),
                button("editor-find", "Find and replace", find),
                new Separator(Orientation.VERTICAL),
                labelled("editor-template", AppIcon.TEMPLATE, "New from template", onTemplate),
                snippets,
                new Separator(Orientation.VERTICAL),
                labelled("editor-build", AppIcon.BUILD, "Build…", onBuild));
        bar.getStyleClass().add("editor-toolbar");
        setTop(new VBox(bar, banners));

        VBox centre = new VBox(tabs, findBar);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Tab problemsTab = new Tab("Problems", problems);
        problemsTab.setId("bottom-problems");
        Tab buildTab = new Tab("Build", build);
        buildTab.setId("bottom-build");
        bottom.getTabs().addAll(problemsTab, buildTab);
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.getStyleClass().add("editor-bottom");
        SplitPane vertical = new SplitPane(centre, bottom);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.72);
        SplitPane horizontal = new SplitPane(vertical, explain);
        horizontal.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(explain, false);
        setCenter(horizontal);
        status.setId("editor-status");
        status.getStyleClass().addAll("editor-status", Styles.TEXT_MUTED);
        status.textProperty().bind(tabs.messageProperty());
        setBottom(status);

        tabs.currentProperty().addListener((obs, was, now) -> {
            problems.follow(now);
            explain.follow(now);
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    /** Shows the build tab below. */
    void showBuild() {
        bottom.getSelectionModel().select(1);
    }

    /** Shows a banner above the tabs; {@code actions} are its buttons. Returns it, to remove later. */
    HBox banner(String id, String text, List<Button> actions) {
        Label label = new Label(text, Controls.icon(AppIcon.RECOVER));
        label.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, label, grow);
        box.getChildren().addAll(actions);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("editor-banner");
        banners.getChildren().add(box);
        return box;
    }

    void removeBanner(HBox banner) {
        banners.getChildren().remove(banner);
    }

    FindBar findBar() {
        return findBar;
    }

    ProblemsPanel problems() {
        return problems;
    }

    ExplainPanel explain() {
        return explain;
    }

    private void shortcut(KeyEvent e) {
        if (match(e, KeyCode.S, true)) {
            saveAs();
        } else if (match(e, KeyCode.S, false)) {
            save();
        } else if (match(e, KeyCode.O, false)) {
            open();
        } else if (match(e, KeyCode.N, false)) {
            tabs.add(null, "");
        } else if (match(e, KeyCode.F, false) || match(e, KeyCode.H, false)) {
            findBar.open();
        } else {
            return;
        }
        e.consume();
    }

    private static boolean match(KeyEvent e, KeyCode code, boolean shift) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN,
                shift ? KeyCombination.SHIFT_DOWN : KeyCombination.SHIFT_ANY).match(e) && e.isShiftDown() == shift;
    }

    private void insertSnippet(Snippet s) {
        CodeEditor editor = tabs.currentProperty().get();
        if (!s.isForDockerfile() || editor == null) {
            CodeEditor other = tabs.add(null, s.text());
            other.document().pathProperty().set(editor != null && editor.document().pathProperty().get() != null
                    ? editor.document().pathProperty().get().resolveSibling(s.target()) : null);
            return;
        }
        editor.insertAtCaret(s.text());
    }

    private void open() {
        tabs.openChosen(window());
    }

    private void save() {
        withEditor(e -> tabs.save(e, window()));
    }

    private void saveAs() {
        withEditor(e -> tabs.saveAs(e, window()));
    }

    private void withEditor(java.util.function.Consumer<CodeEditor> action) {
        CodeEditor e = tabs.currentProperty().get();
        if (e != null) {
            action.accept(e);
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** An icon button running {@code command}; the tooltip and the screen reader get {@code tip} and its key. */
    private static Button button(String id, String tip, Command command) {
        Button b = new Button(null, Controls.icon(command.icon()));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        String text = command.shortcut() == null ? tip : tip + " (" + command.shortcutText() + ")";
        b.setTooltip(new Tooltip(text));
        b.setAccessibleText(text);
        b.setOnAction(e -> command.action().run());
        return b;
    }

    private static KeyCombination key(KeyCode code, boolean shift) {
        return shift ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Enabled only while a file is open. */
    private Command withFile(Command command) {
        return command.enabledWhen(tabs.currentProperty().isNotNull(), () -> "Open or create a file first");
    }

    /** The page's commands (palette, menu bar). */
    List<Command> commands() {
        return commands;
    }

    private void showProblems() {
        bottom.getSelectionModel().select(0);
        problems.requestFocus();
    }

    private static Button labelled(String id, AppIcon icon, String text, Runnable action) {
        Button b = new Button(text, Controls.icon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
