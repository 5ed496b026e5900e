package dev.porthole.ui.volumes;

import dev.porthole.engine.Engine;
import dev.porthole.model.RunSpec;
import dev.porthole.model.VolumeSummary;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.lists.PageITFixture;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** The volumes page on the real engine: the table, the in-use refusal, and the prune preview dialog. */
@ExtendWith(ApplicationExtension.class)
class VolumesPageIT {

    private static final String RUN = "ui-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> LABELS = Map.of(TEST_LABEL, "true", "dev.porthole.test.run", RUN);

    private static Engine engine;
    private static String unused;
    private static String held;
    private static String holder;

    private PageITFixture fixture;
    private VolumesPage page;

    @BeforeAll
    static void createVolumes() {
        engine = TestEngines.assumeEngine();
        unused = engine.createVolume(TestImages.uniqueName("vunused") + "-" + RUN, "local", LABELS).name();
        held = engine.createVolume(TestImages.uniqueName("vheld") + "-" + RUN, "local", LABELS).name();
        holder = TestImages.uniqueName("vholder");
        TestImages.run(engine, new RunSpec(TestImages.busybox(engine), holder, TestImages.TICK_COMMAND, List.of(),
                List.of(), List.of(held + ":/data"), "no", false, Map.of(TEST_LABEL, "true")));
    }

    @AfterAll
    static void removeVolumes() {
        TestImages.cleanupAndClose(engine, () -> {
            TestImages.removeVolumes(engine, v -> RUN.equals(v.labels().get("dev.porthole.test.run")));
        });
    }

    @Start
    void start(Stage stage) {
        fixture = PageITFixture.onTestEngine(3);
        page = new VolumesPage(fixture.connection, fixture.tasks, LABELS);
        fixture.show(stage, page, 1200, 700);
    }

    @AfterEach
    void closePage(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void tableShowsTheVolumesWithTheirUsersAndTheFilterNarrowsToThem(FxRobot robot) throws Exception {
        robot.clickOn("#volume-filter").write(RUN);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> page.model().list().visibleRows().size() == 2));

        VolumeSummary heldRow = fx(() -> page.model().list().visibleRows().stream()
                .filter(v -> v.name().equals(held)).findFirst().orElseThrow());
        assertThat(heldRow.containers()).containsExactly(holder);
        int all = fx(() -> page.model().list().rows().size());
        assertThat(robot.lookup("#volume-count").queryLabeled().getText())
                .startsWith(all == 2 ? "2 volumes · " : "2 of " + all + " shown · ");
        assertThat(robot.lookup(".volume-containers").queryAllAs(javafx.scene.control.TableCell.class))
                .anySatisfy(c -> assertThat(c.getText()).isEqualTo(holder));
    }

    @Test
    void removingAVolumeInUseNamesTheContainerInsteadOfAsking(FxRobot robot) throws Exception {
        showOnly(robot, held);
        TableView<?> table = robot.lookup("#volume-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#volume-remove");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#volume-in-use").tryQuery().isPresent());
        assertThat(robot.lookup("#volume-in-use .content").queryLabeled().getText()).contains(holder)
                .contains("remove that container first");
        robot.clickOn("OK");
        assertThat(engine.listVolumes()).extracting(VolumeSummary::name).contains(held);
    }

    @Test
    void prunePreviewListsExactlyTheUnusedVolumesAndPruneRemovesThem(FxRobot robot) throws Exception {
        showOnly(robot, RUN);
        robot.clickOn("#volume-prune");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#confirm-items").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> items = robot.lookup("#confirm-items").queryAs(ListView.class);
        List<String> preview = fx(() -> items.getItems().stream().map(Object::toString).toList());
        assertThat(preview).hasSize(1);
        assertThat(preview.getFirst()).startsWith(unused + " — ");
        assertThat(robot.lookup("#confirm-note").queryLabeled().getText()).startsWith("Frees ");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Remove 1 unused volume?");

        robot.clickOn("#confirm-ok");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> page.model().list().rows().stream()
                .noneMatch(v -> v.name().equals(unused))));
        List<String> left = engine.listVolumes().stream().map(VolumeSummary::name).toList();
        assertThat(left).doesNotContain(unused).contains(held);
    }

    private void showOnly(FxRobot robot, String filter) throws Exception {
        // the first load waits on the engine's disk-usage scan, which is slow on a busy machine
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> !page.model().list().staleProperty().get()));
        robot.interact(() -> page.model().list().filterProperty().set(filter));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !page.model().list().visibleRows().isEmpty()));
    }
}
