package dev.porthole.layers;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;

import java.io.InputStream;

/**
 * An image in the engine, read through its export stream ({@code docker save}) as it arrives: the archive is
 * never written to disk.
 *
 * @param engine        the engine holding the image
 * @param reference     the image's reference or id
 * @param expectedBytes the image's size as the engine lists it, for progress (the export is about as long), or -1
 */
public record EngineImageSource(Engine engine, String reference, long expectedBytes) implements ImageSource {

    /** The image {@code reference} in {@code engine}, length unknown. */
    public EngineImageSource(Engine engine, String reference) {
        this(engine, reference, -1);
    }

    @Override
    public String name() {
        return reference;
    }

    /** The engine's export stream; an unknown image fails here with the engine's message. */
    @Override
    public InputStream open() {
        try {
            return engine.saveImage(reference);
        } catch (EngineException e) {
            throw new LayersException(e.getMessage(), e);
        }
    }

    @Override
    public long length() {
        return expectedBytes;
    }
}
