package dev.porthole.ui.editor;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Find and replace in the current editor: Enter finds the next match (Shift+Enter the previous), Escape closes
 * the bar. Node ids: {@code #find-field}, {@code #replace-field}, {@code #find-status}.
 */
final class FindBar extends HBox {

    private final Supplier<CodeEditor> current;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label status = new Label();

    FindBar(Supplier<CodeEditor> current) {
        this.current = current;
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        find.setId("find-field");
        find.setPromptText("Find");
        replace.setId("replace-field");
        replace.setPromptText("Replace with");
        status.setId("find-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        Button next = button("Next", () -> find(true));
        Button previous = button("Previous", () -> find(false));
        Button one = button("Replace", this::replaceOne);
        Button all = button("Replace all", this::replaceAll);
        Button close = new Button(null, Controls.icon(AppIcon.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new javafx.scene.control.Tooltip("Close find (Escape)"));
        close.setAccessibleText("Close find");
        close.setOnAction(e -> hide());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        getChildren().addAll(Controls.icon(AppIcon.SEARCH), find, next, previous, replace, one, all, matchCase,
                status, close);
        hide();
    }

    private static Button button(String text, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add(Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows the bar with the selection (if one line) as the search text. */
    void open() {
        setVisible(true);
        setManaged(true);
        CodeEditor editor = current.get();
        if (editor != null) {
            String selected = editor.area().getSelectedText();
            if (!selected.isEmpty() && !selected.contains("\n")) {
                find.setText(selected);
            }
        }
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        CodeEditor editor = current.get();
        if (editor != null) {
            editor.area().requestFocus();
        }
    }

    /** Selects the next (or previous) match from the caret, wrapping around; returns whether one was found. */
    boolean find(boolean forward) {
        CodeEditor editor = current.get();
        String needle = find.getText();
        if (editor == null || needle.isEmpty()) {
            return false;
        }
        CodeArea area = editor.area();
        String text = fold(area.getText());
        String n = fold(needle);
        int at;
        if (forward) {
            at = text.indexOf(n, area.getSelection().getEnd());
            at = at < 0 ? text.indexOf(n) : at;
        } else {
            int from = area.getSelection().getStart() - 1;
            at = from < 0 ? -1 : text.lastIndexOf(n, from);
            at = at < 0 ? text.lastIndexOf(n) : at;
        }
        if (at < 0) {
            status.setText("No match");
            return false;
        }
        area.selectRange(at, at + n.length());
        area.requestFollowCaret();
        status.setText(count(text, n) + " matches");
        return true;
    }

    private void replaceOne() {
        CodeEditor editor = current.get();
        if (editor == null || find.getText().isEmpty()) {
            return;
        }
        CodeArea area = editor.area();
        if (fold(area.getSelectedText()).equals(fold(find.getText()))) {
            area.replaceSelection(replace.getText());
        }
        find(true);
    }

    private void replaceAll() {
        CodeEditor editor = current.get();
        String needle = find.getText();
        if (editor == null || needle.isEmpty()) {
            return;
        }
        CodeArea area = editor.area();
        String text = area.getText();
        String folded = fold(text);
        String n = fold(needle);
        StringBuilder out = new StringBuilder();
        int from = 0;
        int count = 0;
        for (int at = folded.indexOf(n); at >= 0; at = folded.indexOf(n, at + n.length())) {
            out.append(text, from, at).append(replace.getText());
            from = at + n.length();
            count++;
        }
        if (count > 0) {
            out.append(text.substring(from));
            // one change, so one undo takes it all back
            area.replaceText(0, text.length(), out.toString());
        }
        status.setText(count + " replaced");
    }

    private String fold(String s) {
        return matchCase.isSelected() ? s : s.toLowerCase(Locale.ROOT);
    }

    private static int count(String text, String needle) {
        int c = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            c++;
        }
        return c;
    }

    TextField findField() {
        return find;
    }

    TextField replaceField() {
        return replace;
    }
}
