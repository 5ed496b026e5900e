package dev.porthole.dockerfile.lint;

import dev.porthole.dockerfile.TextEdit;

import java.util.List;

/** A mechanical change that resolves a finding: a title for the menu and the edits to apply to the text. */
public record QuickFix(String title, List<TextEdit> edits) {

    public QuickFix {
        edits = List.copyOf(edits);
    }

    /** A fix made of one edit. */
    public static QuickFix of(String title, TextEdit edit) {
        return new QuickFix(title, List.of(edit));
    }

    /** The text after applying this fix to {@code text} (the text the finding was made on). */
    public String applyTo(String text) {
        return TextEdit.apply(text, edits);
    }
}
