package dev.porthole.learn;

import dev.porthole.engine.Engine;
import dev.porthole.layers.Analysis;
import dev.porthole.layers.EngineImageSource;
import dev.porthole.layers.LayerAnalyzer;

/**
 * Lesson 5's figures for one image, from the same layer analysis as the layers page: its size, the bytes held by
 * files that a later layer deleted or replaced, and the efficiency score.
 */
public record ImageWaste(String image, int layers, long sizeBytes, long wastedBytes, double efficiency) {

    /** Reads the image from the engine and analyses it; blocks for as long as the export takes. */
    public static ImageWaste measure(Engine engine, String image) {
        Analysis a = LayerAnalyzer.analyze(new EngineImageSource(engine, image));
        return new ImageWaste(image, a.layers().size(), a.sizeBytes(), a.wastedBytes(), a.efficiency());
    }
}
