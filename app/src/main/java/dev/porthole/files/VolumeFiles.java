package dev.porthole.files;

import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineException;

/**
 * A volume's files, read through a short-lived helper container that mounts the volume read-only at
 * {@link #MOUNT_PATH}: list, preview and download them with {@link ContainerFiles} on {@link #containerId()}.
 * Closing removes the helper. Blocks on the engine: never use it on the FX thread.
 */
public final class VolumeFiles implements AutoCloseable {

    /** Where the volume appears in the helper container. */
    public static final String MOUNT_PATH = "/volume";

    private final Engine engine;
    private final String volume;
    private final String containerId;
    private boolean closed;

    private VolumeFiles(Engine engine, String volume, String containerId) {
        this.engine = engine;
        this.volume = volume;
        this.containerId = containerId;
    }

    /** Creates the helper container for {@code volume} (building or finding its busybox image first). */
    public static VolumeFiles open(Engine engine, String volume) {
        return new VolumeFiles(engine, volume, engine.createVolumeHelper(volume, MOUNT_PATH));
    }

    /** The volume's name. */
    public String volume() {
        return volume;
    }

    /** The helper container, for {@link ContainerFiles}. */
    public String containerId() {
        return containerId;
    }

    /** Removes the helper container; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            engine.removeContainer(containerId, true);
        } catch (EngineException e) {
            if (e.kind() != EngineException.Kind.NOT_FOUND) {
                throw e;
            }
        }
    }
}
