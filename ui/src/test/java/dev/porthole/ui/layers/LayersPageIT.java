package dev.porthole.ui.layers;

import dev.porthole.engine.Engine;
import dev.porthole.layers.Analysis;
import dev.porthole.layers.InefficientFile;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.lists.PageITFixture;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The layers page reading an image from the real engine through its export stream. */
@ExtendWith(ApplicationExtension.class)
class LayersPageIT {

    static Engine engine;
    static String image;

    private PageITFixture fixture;
    private LayersPage page;

    @BeforeAll
    static void buildImage() {
        engine = TestEngines.assumeEngine();
        String name = TestImages.uniqueName("layers");
        image = TestImages.buildImage(engine, "porthole-test/" + name + ":1",
                "RUN echo one > /note.txt", "RUN echo second-version > /note.txt",
                "LABEL porthole.it=" + name);
    }

    @AfterAll
    static void cleanup() {
        TestImages.cleanupAndClose(engine);
    }

    @Start
    void start(Stage stage) {
        fixture = PageITFixture.onTestEngine(2);
        page = fixture.show(stage, new LayersPage(fixture.connection, fixture.tasks), 1300, 820);
    }

    @AfterEach
    void close(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void anEngineImageIsOfferedReadAndItsRewrittenFileShownAsWasted(FxRobot robot) throws Exception {
        LayersPageTestBase.waitUntil(() -> page.model().engineImages().stream()
                .anyMatch(i -> i.reference().equals(image) || i.reference().endsWith("/" + image)));

        robot.interact(() -> page.openImage(image));
        LayersPageTestBase.waitUntil(() -> page.model().analysisProperty().get() != null
                || page.model().problemProperty().get() != null);
        assertThat(LayersPageTestBase.fx(() -> page.model().problemProperty().get())).isNull();
        Analysis a = LayersPageTestBase.fx(() -> page.model().analysisProperty().get());
        // busybox's layer plus the two RUN layers (LABEL makes none)
        assertThat(a.layers()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(a.layers().getLast().command()).contains("echo second-version > /note.txt");
        assertThat(a.inefficientFiles()).extracting(InefficientFile::path).contains("/note.txt");
        assertThat(LayersPageTestBase.fx(() -> page.layersView().layers().getItems())).hasSize(a.layers().size());
    }

}
