package dev.porthole.ui.dashboard;

import dev.porthole.engine.Engine;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.NetworkSpec;
import dev.porthole.model.NetworkSummary;
import dev.porthole.model.RunSpec;
import dev.porthole.model.VolumeSummary;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.lists.PageITFixture;
import dev.porthole.ui.lists.RecordingNavigator;
import javafx.scene.control.Button;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clean-up dialog on the real engine: choose kinds, read the preview and its total, confirm, see what went.
 * The page's clean-up is restricted to this run's label, so only objects made here can be touched.
 */
@ExtendWith(ApplicationExtension.class)
class CleanupDialogIT {

    private static final String RUN = "ui-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> LABELS = Map.of(TEST_LABEL, "true", "dev.porthole.test.cleanup", RUN);

    private static Engine engine;
    private static String stopped;
    private static String stoppedName;
    private static String volume;
    private static String network;
    private static String networkName;

    private PageITFixture fixture;
    private DashboardPage page;

    @BeforeAll
    static void createObjects() throws InterruptedException {
        engine = TestEngines.assumeEngine();
        stoppedName = TestImages.uniqueName("cleanui");
        stopped = TestImages.run(engine, new RunSpec(TestImages.busybox(engine), stoppedName, List.of("true"),
                List.of(), List.of(), List.of(), "no", false, LABELS));
        for (int i = 0; i < 100; i++) {
            ContainerSummary c = engine.findContainer(stopped);
            if (c == null || !c.state().canStop()) {
                break;
            }
            Thread.sleep(100);
        }
        volume = engine.createVolume(TestImages.uniqueName("cleanvol"), "local", LABELS).name();
        networkName = TestImages.uniqueName("cleannet");
        network = engine.createNetwork(new NetworkSpec(networkName, "bridge", "", "", false, LABELS));
    }

    @AfterAll
    static void removeObjects() {
        TestImages.cleanupAndClose(engine, () -> {
            TestImages.removeVolumes(engine, v -> RUN.equals(v.labels().get("dev.porthole.test.cleanup")));
            TestImages.removeNetworks(engine, n -> RUN.equals(n.labels().get("dev.porthole.test.cleanup")));
        });
    }

    @Start
    void start(Stage stage) {
        fixture = PageITFixture.onTestEngine(3);
        page = new DashboardPage(fixture.connection, fixture.tasks, new RecordingNavigator(), LABELS);
        fixture.show(stage, page, 1200, 860);
    }

    @AfterEach
    void closePage(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void chosenKindsArePreviewedWithTheirTotalAndConfirmRemovesExactlyThose(FxRobot robot) throws Exception {
        robot.clickOn("#dashboard-cleanup");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cleanup-dialog").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TreeView<String> preview = robot.lookup("#cleanup-preview").queryAs(TreeView.class);
        // the defaults: everything but volumes, whose data would go
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> lines(preview).size() == 4));
        assertThat(fx(() -> lines(preview))).containsExactly("Stopped containers (1)", stoppedName + " · exited · "
                + TestImages.busybox(engine), "Networks (1)", networkName + " · bridge");

        robot.clickOn("#cleanup-kind-volumes");
        robot.clickOn("#cleanup-kind-networks");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> lines(preview).contains("Volumes (1)")
                && lines(preview).size() == 4));
        assertThat(fx(() -> lines(preview))).containsExactly("Stopped containers (1)", stoppedName + " · exited · "
                + TestImages.busybox(engine), "Volumes (1)", volume + " · unused");
        assertThat(robot.lookup("#cleanup-total").queryLabeled().getText()).startsWith("Total: 2 objects, frees ");
        Button confirm = robot.lookup("#cleanup-confirm").queryButton();
        assertThat(confirm.getText()).startsWith("Remove 1 stopped container, 1 volume — frees ");

        robot.clickOn(confirm);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#cleanup-result").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#cleanup-result").queryLabeled().getText())
                .startsWith("Removed 1 stopped container, 1 volume — freed ");
        assertThat(engine.findContainer(stopped)).isNull();
        assertThat(engine.listVolumes()).extracting(VolumeSummary::name).doesNotContain(volume);
        assertThat(engine.listNetworks()).extracting(NetworkSummary::id).contains(network);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#cleanup-total").queryLabeled().getText()
                .equals("Nothing to remove for the chosen kinds."));
        assertThat(confirm.isDisabled()).isTrue();

        robot.clickOn("#cleanup-close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#cleanup-dialog").tryQuery().isEmpty());
    }

    /** The preview's lines as shown: each kind's heading, then its items. */
    private static List<String> lines(TreeView<String> tree) {
        return tree.getRoot().getChildren().stream().flatMap(g -> Stream.concat(Stream.of(g.getValue()),
                g.getChildren().stream().map(TreeItem::getValue))).toList();
    }
}
