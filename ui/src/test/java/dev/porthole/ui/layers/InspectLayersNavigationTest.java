package dev.porthole.ui.layers;

import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.engine.docker.DockerEngineFactory;
import dev.porthole.ui.shell.Navigator;
import dev.porthole.ui.shell.ShellModel;
import dev.porthole.ui.shell.TaskRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The images page's "Inspect layers" goes through the navigator to the layers page. */
class InspectLayersNavigationTest {

    @Test
    void showLayersSwitchesToTheLayersPageAndHandsItTheImage() {
        List<String> opened = new ArrayList<>();
        try (SupervisedEngineConnection connection = new SupervisedEngineConnection(
                () -> new DiscoveryReport(List.of(), null, "no engine in this test", List.of()),
                new DockerEngineFactory());
             ShellModel shell = new ShellModel(connection, TaskRunner.direct())) {
            shell.setLayersOpener(opened::add);

            shell.showLayers("nginx:1.27");

            assertThat(shell.currentPageProperty().get()).isEqualTo(LayersPage.ID);
            assertThat(opened).containsExactly("nginx:1.27");
        }
    }

    @Test
    void aNavigatorWithoutALayersPageStillShowsThePage() {
        List<String> shown = new ArrayList<>();
        Navigator navigator = new Navigator() {
            @Override
            public void showPage(String pageId) {
                shown.add(pageId);
            }

            @Override
            public void showContainer(String containerId) {
            }
        };

        navigator.showLayers("busybox");

        assertThat(shown).containsExactly("layers");
    }
}
