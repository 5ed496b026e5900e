package dev.porthole.ui.images;

import dev.porthole.model.ImageSummary;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.containers.ContainerFormat;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** The Images page against the real engine: the table, filter, remove, events, history and inspect. */
class ImagesPageIT extends ImagesPageTestBase {

    @Start
    void start(Stage stage) {
        startPage(stage);
    }

    @Test
    void showsTheTestImageWithItsSizeCreatedTimeAndContainerCount(FxRobot robot) throws Exception {
        showOnly(robot, prefix + "-app");

        TableRow<?> row = row(robot, app);
        ImageSummary image = imageOf(app);
        assertThat(cellText(robot, row, ".image-size")).isEqualTo(ContainerFormat.bytes(image.size()));
        assertThat(image.size()).isGreaterThan(1_000_000); // the busybox binary is in it
        assertThat(cellText(robot, row, ".image-containers")).isEqualTo("1");
        assertThat(cellText(robot, row, ".image-created")).isNotBlank();
        assertThat(cellText(robot, row, ".image-id")).isEqualTo(appId.substring("sha256:".length(), 19));
    }

    @Test
    void filterMatchesRepositoryTagAndIdPrefix(FxRobot robot) throws Exception {
        showOnly(robot, prefix);
        assertThat(visibleReferences()).isNotEmpty().allMatch(r -> r.contains(prefix));

        setFilter(robot, appId.substring(7, 19));
        awaitVisible(() -> fx(() -> page.model().list().visibleRows().stream().allMatch(r -> r.image().id().equals(appId)))
                && visibleReferences().contains(app));

        setFilter(robot, prefix + " :1");
        awaitVisible(() -> visibleReferences().contains(app)
                && visibleReferences().stream().allMatch(r -> r.contains(prefix) && r.contains(":1")));

        setFilter(robot, "no-such-image-" + prefix);
        awaitVisible(() -> visibleReferences().isEmpty());
        Label placeholder = (Label) robot.lookup("#image-table").queryAs(TableView.class).getPlaceholder();
        assertThat(placeholder.getText()).contains("No image matches");
    }

    @Test
    void removeNamesTheContainersUsingTheImageNeedsForceAndCancelKeepsIt(FxRobot robot) throws Exception {
        showOnly(robot, prefix + "-app");
        select(robot, app);

        robot.clickOn("#image-remove");
        awaitNode(robot, "#confirm-dialog");
        ListView<?> items = robot.lookup("#confirm-items").queryAs(ListView.class);
        assertThat(items.getItems()).singleElement().asString().startsWith(app);
        assertThat(robot.lookup("#confirm-note").queryLabeled().getText())
                .contains("Used by 1 container: " + user + " (running)").contains("force");
        CheckBox force = robot.lookup("#confirm-force").queryAs(CheckBox.class);
        assertThat(force.isVisible()).isTrue();
        assertThat(robot.lookup("#confirm-ok").queryButton().isDisabled()).as("confirm waits for force").isTrue();
        robot.clickOn("#confirm-force");
        assertThat(robot.lookup("#confirm-ok").queryButton().isDisabled()).isFalse();

        robot.clickOn("#confirm-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(imageOf(app).id()).isEqualTo(appId);
        assertThat(visibleReferences()).contains(app);
    }

    @Test
    void aRefusedRemoveShowsTheEnginesConflictAndMarksTheUntaggedImage(FxRobot robot) throws Exception {
        String busy = TestImages.buildImage(engine, "porthole-test/" + prefix + "-busy:1",
                "LABEL porthole.busy=" + prefix);
        String busyId = imageOf(busy).id();
        String userId = TestImages.run(engine, TestImages.sleeperSpec(busyId, prefix + "-busy-user"));
        engine.removeImage(busy, true); // untags; the running container keeps the image as <none>
        try {
            showOnly(robot, busyId.substring(7, 19));

            TableRow<?> row = row(robot, "<none>");
            Label reference = robot.from(row).lookup(".image-reference").queryAs(Label.class);
            assertThat(reference.getText()).isEqualTo("<none>");
            assertThat(reference.getGraphic()).as("the dangling icon").isNotNull();
            assertThat(reference.getStyleClass()).contains("dangling");

            select(robot, "<none>");
            robot.clickOn("#image-remove");
            awaitNode(robot, "#confirm-dialog");
            assertThat(robot.lookup("#confirm-note").queryLabeled().getText())
                    .contains(prefix + "-busy-user (running)");
            robot.clickOn("#confirm-force").clickOn("#confirm-ok");

            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#image-error").query()
                    .isVisible()));
            var banner = fx(() -> page.model().list().problemProperty().get());
            assertThat(banner.title()).isEqualTo("Could not remove <none>");
            assertThat(banner.detail()).containsIgnoringCase("conflict").contains("running container");
            assertThat(engine.inspectImageJson(busyId)).contains(busyId);
        } finally {
            // untagged, so TestImages.cleanup (which removes by tag) cannot find it: remove it by id here
            engine.removeContainer(userId, true);
            if (prefix.equals(imageOf(busyId).labels().get("porthole.busy"))) {
                engine.removeImage(busyId, false);
            }
        }
    }

    @Test
    void aLostConnectionKeepsTheLastListMarkedStaleWithActionsOff(FxRobot robot) throws Exception {
        showOnly(robot, prefix + "-app");
        select(robot, app);
        assertThat(robot.lookup("#image-run").queryButton().isDisabled()).isFalse();

        fixture.connection.close(); // the connection reports itself disconnected, as after a drop

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> page.model().list().staleProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleReferences()).as("the last list stays").contains(app);
        assertThat(robot.lookup("#image-count").queryLabeled().getText()).endsWith("not current");
        assertThat(robot.lookup("#image-table").query().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("stale"));
        for (String action : List.of("#image-run", "#image-tag", "#image-remove", "#image-history", "#image-inspect")) {
            assertThat(robot.lookup(action).queryButton().isDisabled()).as(action + " disabled").isTrue();
        }
    }

    @Test
    void aTagAddedOutsideShowsFromTheEventStream(FxRobot robot) throws Exception {
        showOnly(robot, prefix + "-app");
        String repo = "porthole-test/" + prefix + "-outside";
        TestImages.trackImage(engine, repo + ":latest");
        engine.tagImage(appId, repo, "latest");
        try {
            setFilter(robot, prefix);
            awaitVisible(() -> visibleReferences().contains(repo + ":latest"));
        } finally {
            engine.removeImage(repo + ":latest", false); // the other tests expect app's one tag
        }
        awaitVisible(() -> !visibleReferences().contains(repo + ":latest"));
    }

    @Test
    void historyShowsTheBuildStepsReadableAndInspectTheJson(FxRobot robot) throws Exception {
        showOnly(robot, prefix + "-app");
        select(robot, app);
        robot.clickOn("#image-history");

        // busybox's COPY and CMD, and the app's RUN and LABEL, at least
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> historySteps(robot, 4)).isEmpty());
        List<String> steps = fx(() -> historySteps(robot, 4));
        assertThat(steps.getFirst()).as("busybox comes in first").startsWith("COPY ").contains(" in /bin");
        assertThat(steps).contains("CMD [\"/bin/sh\"]", "RUN echo " + prefix + " > /built.txt",
                "LABEL porthole.it=" + prefix);
        assertThat(steps).noneMatch(s -> s.contains("#(nop)") || s.contains("/bin/sh -c"));
        String copySize = fx(() -> cellText(robot, historyRow(robot, 1).orElseThrow(), ".history-size"));
        assertThat(copySize).endsWith("MB");

        robot.clickOn("#image-inspect");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#image-inspect-json")
                .lookup(".json-text").queryAs(TextArea.class).getText().contains(appId)));
        assertThat(fx(() -> robot.lookup("#image-inspect-json").lookup(".json-text").queryAs(TextArea.class)
                .getText())).contains("porthole.it").contains(TEST_LABEL);
    }
}
