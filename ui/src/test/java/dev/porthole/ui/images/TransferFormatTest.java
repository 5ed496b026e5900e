package dev.porthole.ui.images;

import dev.porthole.model.LayerProgress;
import dev.porthole.model.LayerState;
import dev.porthole.model.TransferProgress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransferFormatTest {

    @Test
    void bytesShowProgressWhileMovingAndTheSizeOnceDone() {
        assertThat(TransferFormat.bytes(new LayerProgress("a", LayerState.DOWNLOADING, 1_200_000, 3_400_000)))
                .isEqualTo("1.2 MB / 3.4 MB");
        assertThat(TransferFormat.bytes(new LayerProgress("a", LayerState.DONE, 0, 3_400_000))).isEqualTo("3.4 MB");
        assertThat(TransferFormat.bytes(new LayerProgress("a", LayerState.DOWNLOADED, 0, 3_400_000)))
                .isEqualTo("3.4 MB");
        assertThat(TransferFormat.bytes(new LayerProgress("a", LayerState.ALREADY_EXISTS, 0, 0))).isEmpty();
        assertThat(TransferFormat.bytes(new LayerProgress("a", LayerState.WAITING, 0, 0))).isEmpty();
        assertThat(TransferFormat.bytes(new LayerProgress("a", LayerState.PUSHING, 512, 0))).isEqualTo("512 B");
    }

    @Test
    void summaryCountsFinishedLayersAndThePercentage() {
        assertThat(TransferFormat.summary(TransferProgress.start(false))).isEmpty();
        TransferProgress p = TransferProgress.start(true)
                .with(new LayerProgress("a", LayerState.PUSHING, 50, 100))
                .with(new LayerProgress("b", LayerState.DONE, 0, 0));
        assertThat(TransferFormat.summary(p)).isEqualTo("1 of 2 layers done · 75 %");
    }
}
