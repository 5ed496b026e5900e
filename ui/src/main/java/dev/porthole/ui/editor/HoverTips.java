package dev.porthole.ui.editor;

import dev.porthole.dockerfile.Instruction;
import dev.porthole.dockerfile.InstructionCatalog;
import dev.porthole.dockerfile.lint.Finding;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.fxmisc.richtext.event.MouseOverTextEvent;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Hovering the text: over a lint underline it shows the findings' messages; over an instruction keyword, what
 * the instruction does and how it is written (from {@link InstructionCatalog}).
 */
final class HoverTips {

    private final CodeEditor editor;
    private final InstructionCatalog catalog;
    private final Popup popup = new Popup();
    private final Label label = new Label();

    HoverTips(CodeEditor editor, InstructionCatalog catalog) {
        this.editor = editor;
        this.catalog = catalog;
        label.getStyleClass().add("editor-hover");
        // a popup is a window of its own: it does not see the page's stylesheets
        label.getStylesheets().add(java.util.Objects.requireNonNull(
                HoverTips.class.getResource("editor.css")).toExternalForm());
        label.setId("editor-hover");
        label.setWrapText(true);
        label.setMaxWidth(460);
        popup.getContent().add(label);
        popup.setAutoHide(true);
        editor.area().setMouseOverTextDelay(Duration.ofMillis(450));
        editor.area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Optional<String> tip = tipAt(e.getCharacterIndex());
            if (tip.isPresent() && editor.getScene() != null) {
                label.setText(tip.get());
                Point2D at = e.getScreenPosition();
                popup.show(editor, at.getX() + 8, at.getY() + 12);
            }
        });
        editor.area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    /** The tip for the character at {@code offset}: findings first, else the instruction keyword's summary. */
    Optional<String> tipAt(int offset) {
        Analysis a = editor.analysisProperty().get();
        if (a == null || !a.text().equals(editor.text())) {
            return Optional.empty();
        }
        String findings = a.findings().stream().filter(f -> f.range().contains(offset))
                .map(HoverTips::describe).collect(Collectors.joining("\n"));
        if (!findings.isEmpty()) {
            return Optional.of(findings);
        }
        return a.file().instructionAt(a.file().lines().line(offset))
                .filter(i -> i.keywordRange().contains(offset) && i.isKnown())
                .map(this::describe);
    }

    private String describe(Instruction i) {
        return i.name() + " — " + catalog.summary(i.name()) + "\n\nUsage: " + catalog.usage(i.name());
    }

    private static String describe(Finding f) {
        return f.ruleId() + " (" + f.severity().label() + "): " + f.message()
                + (f.fixes().isEmpty() ? "" : "\nQuick fix: right-click the line, or click the gutter marker.");
    }
}
