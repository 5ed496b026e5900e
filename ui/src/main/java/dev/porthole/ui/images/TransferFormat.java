package dev.porthole.ui.images;

import dev.porthole.model.LayerProgress;
import dev.porthole.model.LayerState;
import dev.porthole.model.TransferProgress;
import dev.porthole.ui.containers.ContainerFormat;

/** Pull and push progress as text. Pure: no JavaFX. */
final class TransferFormat {

    private TransferFormat() {
    }

    /** A layer's bytes: "1.2 MB / 3.4 MB" while moving, the size once done, "" when the engine gave none. */
    static String bytes(LayerProgress layer) {
        if (layer.state() == LayerState.ALREADY_EXISTS || layer.state() == LayerState.WAITING) {
            return "";
        }
        if (layer.state().finished() || layer.state() == LayerState.VERIFYING
                || layer.state() == LayerState.DOWNLOADED) {
            return layer.total() > 0 ? ContainerFormat.bytes(layer.total()) : "";
        }
        if (layer.total() > 0) {
            return ContainerFormat.bytes(layer.current()) + " / " + ContainerFormat.bytes(layer.total());
        }
        return layer.current() > 0 ? ContainerFormat.bytes(layer.current()) : "";
    }

    /** "2 of 3 layers done · 67 %". */
    static String summary(TransferProgress progress) {
        int n = progress.layers().size();
        if (n == 0) {
            return "";
        }
        return progress.finishedLayers() + " of " + n + (n == 1 ? " layer" : " layers") + " done · "
                + Math.round(progress.overall() * 100) + " %";
    }
}
