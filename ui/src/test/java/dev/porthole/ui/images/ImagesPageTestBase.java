package dev.porthole.ui.images;

import dev.porthole.engine.CredentialHelpers;
import dev.porthole.engine.RegistryLogins;
import dev.porthole.engine.Engine;
import dev.porthole.model.ImageSummary;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.lists.PageITFixture;
import dev.porthole.ui.lists.RecordingNavigator;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.lists.PageITFixture.fx;

/**
 * What the images page tests share: a test image of their own (porthole-test/PREFIX-app:1, used by one running
 * container), the page built on a real connection and task runner, and helpers that read the UI on the FX thread.
 * Subclasses declare {@code @Start void start(Stage s) { startPage(s); }} (TestFX looks there only).
 */
@ExtendWith(ApplicationExtension.class)
abstract class ImagesPageTestBase {

    static Engine engine;
    /** Unique to this run: every image here is porthole-test/PREFIX-…, so the filter finds only ours. */
    static String prefix;
    /** porthole-test/PREFIX-app:1: busybox plus a RUN and a LABEL step, one tag, used by one running container. */
    static String app;
    static String appId;
    static String user;
    static java.nio.file.Path configDir;

    final RecordingNavigator navigator = new RecordingNavigator();
    PageITFixture fixture;
    ImagesPage page;

    @BeforeAll
    static void buildImages() {
        engine = TestEngines.assumeEngine();
        prefix = TestImages.uniqueName("img");
        app = TestImages.buildImage(engine, "porthole-test/" + prefix + "-app:1",
                "RUN echo " + prefix + " > /built.txt", "LABEL porthole.it=" + prefix);
        appId = imageOf(app).id();
        user = prefix + "-user";
        TestImages.run(engine, TestImages.sleeperSpec(app, user));
    }

    @AfterAll
    static void removeEverything() {
        if (engine != null) {
            // containers a failed run test may have left (named after the prefix, labelled)
            engine.listContainers(true).stream()
                    .filter(c -> c.name().startsWith(prefix) && "true".equals(c.labels().get(TEST_LABEL)))
                    .forEach(c -> TestImages.track(engine, c.id()));
            TestImages.cleanup(engine);
            engine.close();
        }
    }

    /** Builds the page alone in the stage, on a real connection to the test engine. */
    void startPage(Stage stage) {
        fixture = PageITFixture.onTestEngine(3);
        page = new ImagesPage(fixture.connection, fixture.tasks, navigator, logins());
        fixture.show(stage, page, 1200, 760);
    }

    @AfterEach
    void closePage(FxRobot robot) {
        fixture.close(robot);
    }

        static ImageSummary imageOf(String reference) {
        return engine.listImages().stream().filter(i -> i.repoTags().contains(reference)
                        || i.repoTags().contains("localhost/" + reference) || i.id().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError(reference + " is not listed"));
    }

    /** Registry sign-ins of the test's own (a config folder under the temp dir, never the user's). */
    RegistryLogins logins() {
        try {
            if (configDir == null) {
                configDir = java.nio.file.Files.createTempDirectory("porthole-docker-config");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new RegistryLogins(configDir, CredentialHelpers.onPath());
    }

    /** Waits for the first load, then types the filter and waits for a match. */
    void showOnly(FxRobot robot, String filter) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !page.model().list().staleProperty().get()));
        robot.clickOn("#image-filter").write(filter);
        awaitVisible(() -> !visibleReferences().isEmpty());
    }

    void setFilter(FxRobot robot, String text) {
        robot.interact(() -> page.model().list().filterProperty().set(text));
    }

    List<String> visibleReferences() throws Exception {
        return fx(() -> page.model().list().visibleRows().stream().map(ImageRow::reference).toList());
    }

    static void awaitVisible(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    static void awaitNode(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void replaceText(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryTextInputControl();
        robot.interact(() -> field.setText(text));
    }

    /** The table row showing this reference. */
    static TableRow<?> row(FxRobot robot, String reference) {
        return robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof ImageRow i
                && i.reference().equals(reference)).query();
    }

    /** Clicks the row's reference and waits until the table has it selected. */
    void select(FxRobot robot, String reference) throws Exception {
        // other tests' images come and go on the shared engine: a row can be re-laid out between lookup and click
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                robot.clickOn(robot.from(row(robot, reference)).lookup(".image-reference").queryAs(Label.class));
                break;
            } catch (RuntimeException moved) {
                if (attempt == 5) {
                    throw moved;
                }
            }
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> {
            Object selected = robot.lookup("#image-table").queryAs(TableView.class).getSelectionModel()
                    .getSelectedItem();
            return selected instanceof ImageRow r && r.reference().equals(reference);
        }));
    }

    static String cellText(FxRobot robot, Node row, String styleClass) {
        return robot.from(row).lookup(styleClass).queryAs(TableCell.class).getText();
    }

    /**
     * The step column's text, row by row, as shown; empty until the history has at least {@code atLeast} steps
     * and every one of them is on screen.
     */
    static List<String> historySteps(FxRobot robot, int atLeast) {
        int size = robot.lookup("#image-history-table").queryAs(TableView.class).getItems().size();
        List<String> steps = new java.util.ArrayList<>();
        for (int n = 1; n <= size; n++) {
            var row = historyRow(robot, n);
            if (row.isEmpty()) {
                return List.of();
            }
            steps.add(cellText(robot, row.get(), ".history-step"));
        }
        return steps.size() >= atLeast ? steps : List.of();
    }

    static java.util.Optional<TableRow<?>> historyRow(FxRobot robot, int number) {
        return robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof ImageDetailsPane.Step s
                && s.number() == number).tryQuery();
    }
}
