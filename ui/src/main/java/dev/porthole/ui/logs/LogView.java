package dev.porthole.ui.logs;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.LogLine;
import dev.porthole.ui.controls.Controls;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;

import java.io.File;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A live log: search bar and switches on top, the virtualised lines, and a status line below. Follows the end
 * until the user scrolls up, then counts new lines and offers a jump back. {@link #close()} ends its streams.
 */
public final class LogView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            LogView.class.getResource("/dev/porthole/ui/logs/logs.css")).toExternalForm();
    private final LogsModel model;
    private final LogViewport lines;

    public LogView(LogsModel model) {
        this.model = model;
        setId("log-view");
        getStyleClass().add("log-view");
        getStylesheets().addAll(Controls.STYLESHEET, STYLESHEET);

        lines = new LogViewport(model, model.shownLines());
        setTop(new LogToolbar(model, this::copySelection, this::save, this::scrollToLine));
        setCenter(new StackPane(lines, newLinesBar()));
        setBottom(statusBar());
        wireFollow();
        wireRedraw();
        lines.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && lines.selectedLine() != null) {
                WholeLineDialog.show(lines.selectedLine(), getScene().getWindow());
            }
        });
        lines.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copySelection();
                e.consume();
            }
        });
    }

    /** The model behind the view. */
    public LogsModel model() {
        return model;
    }

    /** Ends the view's streams (tab closed, selection changed, window closed). */
    public void close() {
        model.close();
    }

    private void wireFollow() {
        model.appended.addListener((o, a, b) -> {
            if (model.following.get()) {
                lines.scrollToEnd();
            }
        });
        // the user moving away from the end pauses follow; coming back to it resumes
        lines.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() > 0) {
                model.pauseFollow();
            } else {
                checkAtEndLater();
            }
        });
        lines.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case UP, PAGE_UP, HOME -> model.pauseFollow();
                case END -> model.jumpToEnd();
                case DOWN, PAGE_DOWN -> checkAtEndLater();
                default -> { }
            }
        });
        lines.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> checkAtEndLater());
        lines.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> checkAtEndLater());
    }

    private void wireRedraw() {
        // what a row shows depends on these: render the visible rows again (no line is rebuilt)
        model.timestamps.addListener((o, a, b) -> lines.redraw());
        model.pattern.addListener((o, a, b) -> lines.redraw());
        model.currentMatch.addListener((o, a, b) -> lines.redraw());
        model.wrap.addListener((o, a, now) -> lines.redraw());
    }

    private void checkAtEndLater() {
        Platform.runLater(() -> {
            if (atEnd()) {
                if (!model.following.get()) {
                    model.jumpToEnd();
                }
            } else {
                model.pauseFollow();
            }
        });
    }

    /** Whether the newest line is on screen. */
    boolean atEnd() {
        return lines.atEnd();
    }

    private void scrollToLine(int index) {
        lines.selectAndReveal(index);
    }

    private StackPane newLinesBar() {
        Label count = new Label();
        count.setId("log-new-lines");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.newLines.get() == 1 ? "1 new line"
                : String.format(Locale.ROOT, "%,d new lines", model.newLines.get()), model.newLines));
        Button jump = new Button("Jump to end", Controls.icon(AppIcon.LOG_FOLLOW));
        jump.setId("log-jump");
        jump.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL);
        jump.setOnAction(e -> model.jumpToEnd());
        HBox pill = new HBox(8, count, jump);
        pill.setAlignment(Pos.CENTER_RIGHT);
        pill.getStyleClass().add("log-new-lines-bar");
        pill.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane holder = new StackPane(pill);
        holder.setAlignment(Pos.BOTTOM_RIGHT);
        holder.setPickOnBounds(false);
        holder.visibleProperty().bind(model.following.not());
        holder.managedProperty().bind(holder.visibleProperty());
        holder.getStyleClass().add("log-new-lines-holder");
        return holder;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("log-status");
        status.textProperty().bind(model.status.getReadOnlyProperty());
        Label dropped = new Label();
        dropped.setId("log-dropped");
        dropped.getStyleClass().add(Styles.TEXT_MUTED);
        dropped.textProperty().bind(Bindings.createStringBinding(() -> model.dropped.get() == 0 ? ""
                : String.format(Locale.ROOT, "%,d oldest lines dropped", model.dropped.get()), model.dropped));
        Label count = new Label();
        count.setId("log-line-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%,d lines", model.shown().size()), model.shown()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, status, grow, dropped, count);
        bar.getStyleClass().add("log-status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void copySelection() {
        var selected = lines.selectedLines();
        var copied = selected.isEmpty() ? model.shown() : selected;
        ClipboardContent content = new ClipboardContent();
        content.putString(LogFormat.copied(copied, model.timestamps.get(), model.merged(), ZoneId.systemDefault()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the log");
        chooser.setInitialFileName(model.targets().size() == 1 ? model.targets().getFirst().name() + ".log"
                : "containers.log");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.saveTo(file.toPath());
        }
    }

    /** The search field, for the window's Ctrl+F. */
    void focusSearch() {
        if (getTop() instanceof LogToolbar bar) {
            bar.focusSearch();
        }
    }
}
