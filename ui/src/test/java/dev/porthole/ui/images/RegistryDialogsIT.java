package dev.porthole.ui.images;

import dev.porthole.model.LayerProgress;
import dev.porthole.model.LayerState;
import dev.porthole.model.TransferEvent;
import dev.porthole.testing.TestImages;
import dev.porthole.testing.TestRegistries;
import dev.porthole.testing.TestRegistries.Recorder;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** Pull, push and sign-in dialogs of the Images page against the real engine and the local registries. */
class RegistryDialogsIT extends ImagesPageTestBase {

    private static final Pattern DIGEST = Pattern.compile("\\((sha256:[0-9a-f]{64})\\)");

    @Start
    void start(Stage stage) {
        startPage(stage);
    }

    @Test
    void pullDialogShowsEveryLayerAndTheImageArrives(FxRobot robot) throws Exception {
        String registry = TestRegistries.assumePlain();
        String reference = registry + "/porthole-test/" + prefix + "-pulled:1";
        // an image with a layer of its own, pushed, then gone from the engine: the pull must download it
        TestImages.buildImage(engine, reference, "RUN echo " + prefix + "-pulled > /pulled.txt");
        Recorder pushed = Recorder.push(engine, reference, null);
        assertThat(pushed.last()).isInstanceOf(TransferEvent.Finished.class);
        engine.removeImage(reference, false);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !page.model().list().staleProperty().get()));
            robot.clickOn("#image-pull");
            awaitNode(robot, "#transfer-reference");
            robot.clickOn("#transfer-reference").write(reference);
            robot.clickOn("#transfer-start");

            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() ->
                    robot.lookup("#transfer-cancel").queryButton().isDisabled()
                            && robot.lookup("#transfer-status").queryLabeled().getText().startsWith("Pulled")));
            @SuppressWarnings("unchecked")
            ListView<LayerProgress> layers = robot.lookup("#transfer-layers").queryAs(ListView.class);
            List<LayerProgress> shown = fx(() -> List.copyOf(layers.getItems()));
            assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
            assertThat(shown).allMatch(l -> l.id().matches("[0-9a-f]{12}") && l.state().finished());
            // the busybox layer is here already; the image's own layer came down
            assertThat(shown).anyMatch(l -> l.state() == LayerState.ALREADY_EXISTS);
            assertThat(shown).anyMatch(l -> l.state() == LayerState.DONE);
            assertThat(robot.lookup(".layer-state").queryAllAs(javafx.scene.control.Label.class))
                    .extracting(javafx.scene.control.Label::getText).contains("Done", "Already exists");
            assertThat(robot.lookup("#transfer-overall").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
            assertThat(robot.lookup("#transfer-summary").queryLabeled().getText())
                    .isEqualTo(shown.size() + " of " + shown.size() + " layers done · 100 %");
            assertThat(robot.lookup("#transfer-error").queryLabeled().isVisible()).isFalse();
            TestImages.trackImage(engine, reference);

            robot.interact(() -> page.model().list().filterProperty().set(prefix + "-pulled"));
            awaitVisible(() -> visibleReferences().contains(reference));
        } finally {
            TestRegistries.deleteManifest(registry, "porthole-test/" + prefix + "-pulled",
                    ((TransferEvent.Finished) pushed.last()).digest());
        }
    }

    @Test
    void pullingAnUnknownImageShowsWhy(FxRobot robot) throws Exception {
        String registry = TestRegistries.assumePlain();
        robot.clickOn("#image-pull");
        awaitNode(robot, "#transfer-reference");
        robot.clickOn("#transfer-reference").write(registry + "/porthole-test/" + prefix + "-nothing");
        robot.clickOn("#transfer-start");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> fx(() -> robot.lookup("#transfer-error").queryLabeled().isVisible()));
        assertThat(robot.lookup("#transfer-error").queryLabeled().getText())
                .contains("has no repository " + registry + "/porthole-test/" + prefix + "-nothing");
        assertThat(robot.lookup("#transfer-status").queryLabeled().getText()).isEqualTo("Failed");
    }

    @Test
    void pushDialogTagsTheImageThenPushesItLayerByLayer(FxRobot robot) throws Exception {
        String registry = TestRegistries.assumePlain();
        String target = registry + "/porthole-test/" + prefix + "-pushed:2";
        showOnly(robot, prefix + "-app");
        select(robot, app);
        robot.clickOn("#image-push");
        awaitNode(robot, "#transfer-reference");
        assertThat(robot.lookup("#transfer-reference").queryTextInputControl().getText())
                .isEqualTo(registry + "/" + app);
        replaceText(robot, "#transfer-reference", target);
        TestImages.trackImage(engine, target);
        robot.clickOn("#transfer-start");

        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() ->
                robot.lookup("#transfer-status").queryLabeled().getText().startsWith("Pushed")));
        String status = robot.lookup("#transfer-status").queryLabeled().getText();
        Matcher digest = DIGEST.matcher(status);
        assertThat(digest.find()).as(status).isTrue();
        try {
            assertThat(imageOf(target).id()).as("tagged before the push").isEqualTo(appId);
            @SuppressWarnings("unchecked")
            ListView<LayerProgress> layers = robot.lookup("#transfer-layers").queryAs(ListView.class);
            List<LayerProgress> shown = fx(() -> List.copyOf(layers.getItems()));
            assertThat(shown).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> l.state().finished());
        } finally {
            TestRegistries.deleteManifest(registry, "porthole-test/" + prefix + "-pushed", digest.group(1));
        }
    }

    @Test
    void signInChecksThePasswordWithTheRegistryThenSignsOut(FxRobot robot) throws Exception {
        List<String> auth = TestRegistries.assumeAuth();
        String host = auth.get(0);
        robot.clickOn("#image-registries");
        awaitNode(robot, "#registry-host");
        robot.clickOn("#registry-host").write(host);
        robot.clickOn("#registry-user").write(auth.get(1));
        robot.clickOn("#registry-password").write("wrong-" + prefix);
        robot.clickOn("#registry-signin");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> fx(() -> robot.lookup("#registry-error").queryLabeled().isVisible()));
        assertThat(robot.lookup("#registry-error").queryLabeled().getText())
                .isEqualTo("Cannot sign in to " + host + ": the user name or password is wrong.");
        assertThat(robot.lookup("#registry-password").queryTextInputControl().getText()).isEmpty();
        assertThat(logins().registries()).isEmpty();

        robot.clickOn("#registry-password").write(auth.get(2));
        robot.clickOn("#registry-signin");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() ->
                robot.lookup("#registry-list").queryListView().getItems().contains(host)));
        assertThat(robot.lookup("#registry-message").queryLabeled().getText())
                .isEqualTo("Signed in to " + host + " as " + auth.get(1) + ".");
        assertThat(logins().find(host).orElseThrow().secret()).isEqualTo(auth.get(2));
        assertThat(Files.readString(logins().file())).doesNotContain(auth.get(2));

        robot.clickOn(host);
        robot.clickOn("#registry-signout");
        awaitNode(robot, "#confirm-dialog");
        robot.clickOn("#confirm-ok");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() ->
                robot.lookup("#registry-list").queryListView().getItems().isEmpty()));
        assertThat(logins().registries()).isEmpty();
    }
}
