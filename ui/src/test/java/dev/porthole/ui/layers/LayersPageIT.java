package dev.porthole.ui.layers;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.layers.Analysis;
import dev.porthole.layers.InefficientFile;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.shell.FxTaskRunner;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The layers page reading an image from the real engine through its export stream. */
@ExtendWith(ApplicationExtension.class)
class LayersPageIT {

    static Engine engine;
    static String image;

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private SupervisedEngineConnection connection;
    private FxTaskRunner tasks;
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
        if (engine != null) {
            TestImages.cleanup(engine);
            engine.close();
        }
    }

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        EngineEndpoint endpoint = TestEngines.dockerEndpoint();
        connection = new SupervisedEngineConnection(() -> discover(endpoint), TestEngines.factory());
        tasks = new FxTaskRunner(2);
        page = new LayersPage(connection, tasks);
        connection.start();
        stage.setScene(new Scene((Parent) page.view(), 1300, 820));
        stage.show();
        page.onShow();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> page.close());
        connection.close();
        tasks.close();
        assertThat(fxErrors).as("exceptions thrown on the FX thread").isEmpty();
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

    static DiscoveryReport discover(EngineEndpoint endpoint) {
        CandidateResult result;
        try {
            result = new CandidateResult(endpoint, true, TestEngines.factory().probe(endpoint), null);
        } catch (EngineException e) {
            result = new CandidateResult(endpoint, false, null, e.getMessage());
        }
        return new DiscoveryReport(List.of(result), result.reachable() ? result : null, "the test's engine",
                List.of());
    }
}
