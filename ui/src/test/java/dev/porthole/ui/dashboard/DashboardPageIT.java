package dev.porthole.ui.dashboard;

import dev.porthole.engine.Engine;
import dev.porthole.model.DiskUsage;
import dev.porthole.model.EngineEvent;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.lists.PageITFixture;
import dev.porthole.ui.lists.RecordingNavigator;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard on the real engine: facts, counts, the disk usage chart, and the live event feed. */
@ExtendWith(ApplicationExtension.class)
class DashboardPageIT {

    private static Engine engine;
    private static String volume;

    private final RecordingNavigator navigator = new RecordingNavigator();
    private PageITFixture fixture;
    private DashboardPage page;

    @BeforeAll
    static void openEngine() {
        engine = TestEngines.assumeEngine();
    }

    @AfterAll
    static void removeVolume() {
        if (engine == null) {
            return;
        }
        try {
            if (volume != null && engine.listVolumes().stream().anyMatch(v -> v.name().equals(volume)
                    && "true".equals(v.labels().get(TEST_LABEL)))) {
                engine.removeVolume(volume);
            }
        } finally {
            engine.close();
        }
    }

    @Start
    void start(Stage stage) {
        fixture = PageITFixture.onTestEngine(3);
        page = new DashboardPage(fixture.connection, fixture.tasks, navigator);
        fixture.show(stage, page, 1200, 860);
    }

    @AfterEach
    void closePage(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void showsTheEngineFactsCountsAndDiskUsage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> page.model().factsProperty().get() != null
                && page.model().usageProperty().get() != null));

        assertThat(robot.lookup("#fact-version").queryLabeled().getText()).isEqualTo(engine.info().version());
        assertThat(robot.lookup("#fact-storage-driver").queryLabeled().getText()).isNotBlank();
        assertThat(Integer.parseInt(robot.lookup("#count-networks").queryLabeled().getText()))
                .isGreaterThanOrEqualTo(3); // bridge, host, none at least
        assertThat(Integer.parseInt(robot.lookup("#count-images").queryLabeled().getText())).isPositive();

        DiskUsage usage = fx(() -> page.model().usageProperty().get());
        DiskUsageChart chart = robot.lookup("#disk-usage-chart").queryAs(DiskUsageChart.class);
        List<XYChart.Series<String, Number>> series = fx(() -> List.copyOf(chart.getData()));
        assertThat(series).extracting(XYChart.Series::getName).containsExactly("In use", "Reclaimable");
        long imagesReclaimable = fx(() -> series.get(1).getData().getFirst().getYValue().longValue());
        assertThat(imagesReclaimable).isEqualTo(usage.images().reclaimable());
        assertThat(fx(() -> series.get(0).getData().size())).isEqualTo(4);
        assertThat(robot.lookup("#reclaimable-volumes").queryLabeled().getText()).isNotBlank();

        robot.clickOn("#count-volumes");
        assertThat(navigator.pages).containsExactly("volumes");
    }

    @Test
    void theEventFeedShowsWhatHappensAndFilters(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> !page.model().staleProperty().get()));
        volume = TestImages.uniqueName("dashvol");
        engine.createVolume(volume, "local", Map.of(TEST_LABEL, "true"));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> page.model().feed().events().stream()
                .anyMatch(e -> "volume".equals(e.type()) && volume.equals(DashboardFormat.subject(e)))));
        robot.clickOn("#event-filter").write(volume);
        ListView<?> list = robot.lookup("#event-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> !list.getItems().isEmpty()
                && list.getItems().stream().allMatch(e -> DashboardFormat.describe((EngineEvent) e)
                .contains(volume))));
        assertThat(robot.lookup(".event-text").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("create " + volume));

        robot.clickOn("#event-clear");
        assertThat(fx(() -> list.getItems().size())).isZero();
    }
}
