package dev.porthole.layers;

import java.io.IOException;
import java.io.InputStream;

/** Where an image archive comes from: a file, or the engine's export stream. Read once, start to end. */
public interface ImageSource {

    /** What the user called it: an image reference, or the archive's path. */
    String name();

    /** Opens the archive; the caller closes it. */
    InputStream open() throws IOException;

    /** The archive's length in bytes for progress, or -1 when unknown. */
    long length();
}
