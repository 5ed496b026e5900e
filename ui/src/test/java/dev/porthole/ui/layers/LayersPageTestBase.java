package dev.porthole.ui.layers;

import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.engine.docker.DockerEngineFactory;
import dev.porthole.layers.ImageArchiveWriter;
import dev.porthole.layers.ImageArchiveWriter.Layer;
import dev.porthole.ui.lists.PageITFixture;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the layers page tests share: the page alone in a stage on a connection that never finds an engine (archives
 * need none), real background work, and helpers that read the UI on the FX thread.
 */
abstract class LayersPageTestBase {

    @TempDir
    Path dir;

    PageITFixture fixture;
    LayersPage page;

    /** Builds the page with no engine; subclasses call it from their {@code @Start}. */
    void startPage(Stage stage) {
        fixture = new PageITFixture(new SupervisedEngineConnection(
                () -> new DiscoveryReport(List.of(), null, "no engine in this test", List.of()),
                new DockerEngineFactory()), 2);
        page = fixture.place(stage, new LayersPage(fixture.connection, fixture.tasks), 1300, 820);
    }

    @AfterEach
    void closePage(FxRobot robot) {
        fixture.close(robot);
    }

    /** dive's own example: score 0.75, 7000 bytes wasted in /etc/nginx/nginx.conf. */
    Path divesExample() throws IOException {
        return archive("dive",
                new Layer("/bin/sh -c write nginx").file("/etc/nginx/nginx.conf", 2000)
                        .file("/etc/nginx/public", 3000),
                new Layer("/bin/sh -c tune nginx").file("/etc/nginx/nginx.conf", 5000)
                        .file("/etc/athing", 10000).symlink("/etc/link", "/etc/athing"),
                new Layer("/bin/sh -c rm -rf /etc/nginx").whiteout("/etc/nginx"));
    }

    Path archive(String name, Layer... layers) throws IOException {
        Path file = Files.createTempFile(dir, name + "-", ".tar");
        ImageArchiveWriter.of(ImageArchiveWriter.Layout.DOCKER_SAVE).write(file, List.of(layers));
        return file;
    }

    /** Opens {@code archive} as the user would (the page's open command) and waits for the layers. */
    void open(FxRobot robot, Path archive) throws TimeoutException {
        robot.interact(() -> page.openArchive(archive));
        waitUntil(() -> !page.model().busyProperty().get() && (page.model().analysisProperty().get() != null
                || page.model().problemProperty().get() != null));
        waitUntil(() -> page.model().tree().treeProperty().get() != null
                || page.model().problemProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the UI failed", e);
        }
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(fx(condition)));
    }
}
