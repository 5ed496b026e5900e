package dev.porthole.ui.editor;

import dev.porthole.dockerfile.InstructionCatalog;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ctrl+Space completion: at the start of a line the instruction keywords, after a keyword its flags
 * ({@code --from=}, {@code --mount=}…), each with the catalog's one-line summary.
 */
final class Completion {

    /** What the caret is completing: replace {@code [start, caret)} with one of {@code items}. */
    record Proposal(int start, List<String> items) {
    }

    private final CodeArea area;
    private final InstructionCatalog catalog;
    private final ContextMenu menu = new ContextMenu();

    Completion(CodeArea area, InstructionCatalog catalog) {
        this.area = area;
        this.catalog = catalog;
        menu.setId("completion-menu");
        menu.getStyleClass().add("completion-menu");
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && (e.isControlDown() || e.isShortcutDown())) {
                e.consume();
                show();
            }
        });
    }

    /** Opens the popup at the caret with what fits there; does nothing when nothing does. */
    void show() {
        Proposal p = propose(area.getParagraph(area.getCurrentParagraph()).getText(), area.getCaretColumn(),
                area.getCaretPosition(), catalog);
        if (p.items().isEmpty()) {
            return;
        }
        menu.getItems().clear();
        for (String item : p.items()) {
            Label name = new Label(item);
            name.getStyleClass().add("completion-name");
            String keyword = item.startsWith("--") ? null : item.toUpperCase(Locale.ROOT);
            Label summary = new Label(keyword == null ? "" : catalog.summary(keyword));
            summary.getStyleClass().add("completion-summary");
            summary.setMaxWidth(380);
            VBox box = keyword == null ? new VBox(name) : new VBox(name, summary);
            CustomMenuItem menuItem = new CustomMenuItem(box, true);
            menuItem.setId("completion-" + item.replace("=", ""));
            menuItem.setOnAction(e -> accept(p.start(), item));
            menu.getItems().add(menuItem);
        }
        Bounds caret = area.getCaretBounds().orElse(null);
        if (caret != null) {
            menu.show(area, caret.getMinX(), caret.getMaxY());
        } else {
            Bounds b = area.localToScreen(area.getBoundsInLocal());
            menu.show(area, b.getMinX() + 40, b.getMinY() + 40);
        }
    }

    private void accept(int start, String item) {
        String text = item.endsWith("=") ? item : item + " ";
        area.replaceText(start, area.getCaretPosition(), text);
        area.requestFocus();
    }

    /**
     * What fits the caret at {@code column} of {@code line} (the caret being at {@code caret} in the text): the
     * keywords starting with the word typed when it is the line's first word, else the flags of the line's
     * instruction starting with the word typed when that starts with {@code -}.
     */
    static Proposal propose(String line, int column, int caret, InstructionCatalog catalog) {
        int start = column;
        while (start > 0 && isWordChar(line.charAt(start - 1))) {
            start--;
        }
        String word = line.substring(start, column);
        int offset = caret - (column - start);
        List<String> out = new ArrayList<>();
        if (line.substring(0, start).isBlank() && !word.startsWith("-")) {
            boolean lower = !word.isEmpty() && word.equals(word.toLowerCase(Locale.ROOT));
            for (String k : catalog.keywords()) {
                if (k.startsWith(word.toUpperCase(Locale.ROOT))) {
                    out.add(lower ? k.toLowerCase(Locale.ROOT) : k);
                }
            }
            return new Proposal(offset, out);
        }
        String first = line.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (word.startsWith("-") || word.isEmpty()) {
            for (String flag : catalog.flags(first)) {
                String f = flag.startsWith("--") ? flag : "--" + flag;
                if (f.startsWith(word.isEmpty() ? "--" : word)) {
                    out.add(f + "=");
                }
            }
        }
        return new Proposal(offset, out);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }
}
