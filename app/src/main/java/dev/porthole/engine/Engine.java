package dev.porthole.engine;

import dev.porthole.model.ContainerDetails;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineInfo;
import dev.porthole.model.ImageHistoryEntry;
import dev.porthole.model.ImageSummary;
import dev.porthole.model.RunSpec;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * The container engine as Porthole uses it. Every call blocks on the network: never call it on the FX thread.
 * Failures are {@link EngineException}s with a message a user can read.
 */
public interface Engine extends AutoCloseable {

    /** The endpoint this engine talks to. */
    EngineEndpoint endpoint();

    /** Engine name, version and negotiated API version. */
    EngineInfo info();

    /** Containers, running only or all, sorted by name. */
    List<ContainerSummary> listContainers(boolean all);

    /** One container's summary, or null when it does not exist (any more). */
    ContainerSummary findContainer(String idOrName);

    /** Inspect data of one container. */
    ContainerDetails inspectContainer(String idOrName);

    void startContainer(String id);

    void stopContainer(String id);

    void restartContainer(String id);

    void pauseContainer(String id);

    void unpauseContainer(String id);

    void killContainer(String id);

    /** Removes a container; {@code force} kills it first when running. */
    void removeContainer(String id, boolean force);

    /** Images, sorted by first tag (dangling last), each with the count of containers using it. */
    List<ImageSummary> listImages();

    /** The engine's inspect JSON of an image, pretty-printed. */
    String inspectImageJson(String idOrRef);

    /** The image's history, newest step first (as docker history). */
    List<ImageHistoryEntry> imageHistory(String idOrRef);

    /** Removes an image; {@code force} also untags it when containers still use it. */
    void removeImage(String idOrRef, boolean force);

    /** Adds the tag {@code repository:tag} to an image. */
    void tagImage(String idOrRef, String repository, String tag);

    /**
     * The image as the engine exports it ({@code docker save}): a tar stream to read once and close, never written
     * to disk. An unknown image fails at once. Default: not supported, so test fakes need not implement it.
     */
    default InputStream saveImage(String idOrRef) {
        throw new EngineException(EngineException.Kind.OTHER, "Cannot export image " + idOrRef
                + ": this engine connection does not support it.");
    }

    /** Creates and starts a container; returns its id. */
    String runContainer(RunSpec spec);

    /**
     * Follows the engine's event stream. {@code onEvent} and {@code onEnd} run on the stream's own thread;
     * {@code onEnd} gets null on a normal close by the caller, else the failure that ended the stream.
     * Closing the returned subscription ends the stream and frees its connection.
     */
    Subscription events(Consumer<EngineEvent> onEvent, Consumer<Throwable> onEnd);

    /** Releases the client and its connections. */
    @Override
    void close();
}
