package dev.porthole.dockerfile.explain;

import dev.porthole.dockerfile.Instruction;

import java.util.Optional;

/**
 * A plain-words explanation of one line, what the line does to the image's layers, and the instruction the line
 * belongs to (empty for comments, directives and blank lines).
 */
public record Explanation(int line, String text, LayerEffect layer, Optional<Instruction> instruction) {

    /** Whether the line's instruction adds a layer. */
    public boolean addsLayer() {
        return layer == LayerEffect.NEW_LAYER;
    }
}
