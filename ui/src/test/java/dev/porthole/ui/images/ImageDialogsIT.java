package dev.porthole.ui.images;

import dev.porthole.model.ContainerDetails;
import dev.porthole.testing.TestImages;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** The tag and run dialogs of the Images page against the real engine. */
class ImageDialogsIT extends ImagesPageTestBase {

    @Start
    void start(Stage stage) {
        startPage(stage);
    }

    @Test
    void tagDialogRejectsAnInvalidTagAsksBeforeMovingATagThenAddsAValidOne(FxRobot robot) throws Exception {
        String other = TestImages.buildImage(engine, "porthole-test/" + prefix + "-other:1",
                "LABEL porthole.other=" + prefix);
        showOnly(robot, prefix + "-app");
        awaitVisible(() -> fx(() -> page.model().allTags().contains(other)));
        select(robot, app);
        robot.clickOn("#image-tag");
        awaitNode(robot, "#tag-tag");
        String repo = "porthole-test/" + prefix + "-app";
        assertThat(robot.lookup("#tag-repository").queryTextInputControl().getText()).isEqualTo(repo);

        robot.clickOn("#tag-tag").write("-bad tag");
        assertThat(robot.lookup("#tag-error").queryLabeled().getText()).contains("letters, digits");
        assertThat(robot.lookup("#tag-confirm").queryButton().isDisabled()).isTrue();

        replaceText(robot, "#tag-tag", "1");
        assertThat(robot.lookup("#tag-error").queryLabeled().getText()).contains("already tagged " + app);
        replaceText(robot, "#tag-repository", "porthole-test/" + prefix + "-App");
        replaceText(robot, "#tag-tag", "v2");
        assertThat(robot.lookup("#tag-error").queryLabeled().getText()).contains("lowercase");

        // a name another image holds: asks before moving it
        replaceText(robot, "#tag-repository", other.substring(0, other.lastIndexOf(':')));
        replaceText(robot, "#tag-tag", "1");
        assertThat(robot.lookup("#tag-error").queryLabeled().getText()).contains(other).contains("already exists");
        CheckBox overwrite = robot.lookup("#tag-overwrite").queryAs(CheckBox.class);
        assertThat(overwrite.isVisible()).isTrue();
        assertThat(robot.lookup("#tag-confirm").queryButton().isDisabled()).as("waits for the overwrite box").isTrue();
        robot.clickOn("#tag-overwrite");
        assertThat(robot.lookup("#tag-confirm").queryButton().isDisabled()).isFalse();
        robot.clickOn("#tag-overwrite");

        replaceText(robot, "#tag-repository", repo);
        replaceText(robot, "#tag-tag", "v2");
        TestImages.trackImage(engine, repo + ":v2");
        robot.clickOn("#tag-confirm");

        awaitVisible(() -> visibleReferences().contains(repo + ":v2"));
        assertThat(imageOf(repo + ":v2").id()).isEqualTo(appId);
        assertThat(robot.lookup("#tag-tag").tryQuery()).as("the dialog closed").isEmpty();

        // with two tags, removing one only untags, and asks no force
        select(robot, repo + ":v2");
        robot.clickOn("#image-remove");
        awaitNode(robot, "#confirm-dialog");
        assertThat(robot.lookup("#confirm-note").queryLabeled().getText()).contains("stays").contains(app);
        assertThat(robot.lookup("#confirm-force").queryAs(CheckBox.class).isVisible()).isFalse();
        robot.clickOn("#confirm-ok");
        awaitVisible(() -> !visibleReferences().contains(repo + ":v2"));
        assertThat(imageOf(app).id()).isEqualTo(appId);
    }

    @Test
    void runDialogChecksItsFieldsThenRunsAContainerAndShowsIt(FxRobot robot) throws Exception {
        showOnly(robot, prefix + "-app");
        select(robot, app);
        robot.clickOn("#image-run");
        awaitNode(robot, "#run-name");
        String name = prefix + "-run";
        robot.clickOn("#run-name").write(name);
        replaceText(robot, "#run-command", "sh -c 'trap \"exit 0\" TERM; while true; do sleep 1; done'");
        replaceText(robot, "#run-env", "GREETING=hello world\nBROKEN");
        robot.clickOn("#run-ports").write("99999:80");
        robot.clickOn("#run-labels").write(TEST_LABEL + "=true");

        robot.clickOn("#run-confirm");
        assertThat(robot.lookup("#run-error-env").queryLabeled().getText()).isEqualTo(
                "Line 2: write BROKEN=value (or BROKEN= for an empty value).");
        assertThat(robot.lookup("#run-error-ports").queryLabeled().getText()).contains("host port");
        assertThat(navigator.containers).isEmpty();

        replaceText(robot, "#run-env", "GREETING=hello world");
        replaceText(robot, "#run-ports", "");
        robot.clickOn("#run-confirm");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !navigator.containers.isEmpty());
        String id = navigator.containers.getFirst();
        TestImages.track(engine, id);
        ContainerDetails details = engine.inspectContainer(id);
        assertThat(details.summary().name()).isEqualTo(name);
        assertThat(details.summary().imageId()).isEqualTo(appId);
        assertThat(details.environment()).containsEntry("GREETING", "hello world");
        assertThat(details.labels()).containsEntry(TEST_LABEL, "true");
        assertThat(robot.lookup("#run-name").tryQuery()).as("the dialog closed").isEmpty();
    }
}
