package dev.porthole.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TransferProgressTest {

    @Test
    void engineStatusLinesMapToLayerStates() {
        assertThat(LayerState.fromEngineStatus("Pulling fs layer")).isEqualTo(LayerState.WAITING);
        assertThat(LayerState.fromEngineStatus("Waiting")).isEqualTo(LayerState.WAITING);
        assertThat(LayerState.fromEngineStatus("Preparing")).isEqualTo(LayerState.WAITING);
        assertThat(LayerState.fromEngineStatus("Downloading")).isEqualTo(LayerState.DOWNLOADING);
        assertThat(LayerState.fromEngineStatus("Verifying Checksum")).isEqualTo(LayerState.VERIFYING);
        assertThat(LayerState.fromEngineStatus("Download complete")).isEqualTo(LayerState.DOWNLOADED);
        assertThat(LayerState.fromEngineStatus("Extracting")).isEqualTo(LayerState.EXTRACTING);
        assertThat(LayerState.fromEngineStatus("Pull complete")).isEqualTo(LayerState.DONE);
        assertThat(LayerState.fromEngineStatus("Pushing")).isEqualTo(LayerState.PUSHING);
        assertThat(LayerState.fromEngineStatus("Pushed")).isEqualTo(LayerState.DONE);
        assertThat(LayerState.fromEngineStatus("Already exists")).isEqualTo(LayerState.ALREADY_EXISTS);
        assertThat(LayerState.fromEngineStatus("Layer already exists")).isEqualTo(LayerState.ALREADY_EXISTS);
        assertThat(LayerState.fromEngineStatus("Mounted from team/base")).isEqualTo(LayerState.ALREADY_EXISTS);
        assertThat(LayerState.fromEngineStatus("Pulling from team/app")).isNull();
        assertThat(LayerState.fromEngineStatus("Digest: sha256:abc")).isNull();
    }

    @Test
    void layersKeepTheirOrderAndTotalAcrossUpdates() {
        TransferProgress p = TransferProgress.start(false)
                .with(new LayerProgress("aaa", LayerState.WAITING, 0, 0))
                .with(new LayerProgress("bbb", LayerState.DOWNLOADING, 50, 100))
                .with(new LayerProgress("aaa", LayerState.DOWNLOADING, 10, 40))
                .with(new LayerProgress("bbb", LayerState.VERIFYING, 0, 0));

        assertThat(p.layers()).extracting(LayerProgress::id).containsExactly("aaa", "bbb");
        assertThat(p.layers().get(1).total()).isEqualTo(100);
        assertThat(p.layers().get(1).state()).isEqualTo(LayerState.VERIFYING);
    }

    @Test
    void overallProgressIsTheMeanOfTheLayers() {
        assertThat(TransferProgress.start(true).overall()).isZero();
        TransferProgress push = TransferProgress.start(true)
                .with(new LayerProgress("a", LayerState.PUSHING, 50, 100))
                .with(new LayerProgress("b", LayerState.ALREADY_EXISTS, 0, 0));
        assertThat(push.overall()).isCloseTo(0.75, within(1e-9));
        assertThat(push.finishedLayers()).isEqualTo(1);

        TransferProgress pull = TransferProgress.start(false)
                .with(new LayerProgress("a", LayerState.EXTRACTING, 100, 100))
                .with(new LayerProgress("b", LayerState.DONE, 0, 0));
        assertThat(pull.overall()).isCloseTo(1.0, within(1e-9));
        assertThat(new LayerProgress("a", LayerState.DOWNLOADING, 200, 100).fraction(false))
                .isCloseTo(0.7, within(1e-9));
    }

    @Test
    void referencesSplitAsTheEngineSplitsThem() {
        assertThat(ImageName.parse("127.0.0.1:5000/team/app:1.0"))
                .isEqualTo(new ImageName("127.0.0.1:5000", "127.0.0.1:5000/team/app", "1.0", ""));
        assertThat(ImageName.parse("team/app")).isEqualTo(new ImageName("", "team/app", "", ""));
        assertThat(ImageName.parse("localhost/app").registry()).isEqualTo("localhost");
        assertThat(ImageName.parse("r.example/app@sha256:abc").digest()).isEqualTo("sha256:abc");
        assertThat(ImageName.parse("127.0.0.1:5000/app").withDefaultTag()).isEqualTo("127.0.0.1:5000/app:latest");
        assertThatThrownBy(() -> ImageName.parse("  ")).hasMessageContaining("Enter an image reference");
        assertThatThrownBy(() -> ImageName.parse("my app")).hasMessageContaining("spaces");
    }
}
