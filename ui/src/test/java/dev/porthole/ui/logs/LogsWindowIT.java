package dev.porthole.ui.logs;

import atlantafx.base.theme.PrimerLight;
import dev.porthole.engine.Engine;
import dev.porthole.logs.EarlierLines;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import dev.porthole.model.RunSpec;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.lists.TestConnections;
import dev.porthole.ui.shell.FxTaskRunner;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.shell.FxWait.onFx;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The logs window against the real engine: two containers merged and tagged; closing it ends the streams; "load
 * earlier" brings the lines before the first shown, none twice.
 */
@ExtendWith(ApplicationExtension.class)
class LogsWindowIT {

    private static Engine engine;
    private static FxTaskRunner tasks;

    @BeforeAll
    static void engine() {
        engine = TestEngines.assumeEngine();
        tasks = new FxTaskRunner(2);
    }

    @AfterAll
    static void cleanup() {
        if (tasks != null) {
            tasks.close();
        }
        TestImages.cleanupAndClose(engine);
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private static String run(String name, String script) {
        return TestImages.run(engine, new RunSpec(TestImages.busybox(engine), name, List.of("sh", "-c", script),
                List.of(), List.of(), List.of(), "no", false, Map.of(TEST_LABEL, "true")));
    }

    @Test
    void aWindowMergesTwoContainersTaggedAndClosingItEndsTheStreams() {
        String web = TestImages.uniqueName("logs-web");
        String db = TestImages.uniqueName("logs-db");
        String webId = run(web, "trap 'exit 0' TERM; while true; do echo from-web; sleep 0.2; done");
        String dbId = run(db, "trap 'exit 0' TERM; while true; do echo from-db >&2; sleep 0.2; done");

        Stage window = onFx(() -> LogsWindow.open(TestConnections.fixedTo(engine), tasks,
                List.of(new LogsModel.Target(webId, web), new LogsModel.Target(dbId, db)), null));
        LogView view = (LogView) window.getScene().getRoot();
        until("lines of both containers", () -> view.model().shown().stream().map(LogLine::source).distinct()
                .count() == 2 && view.model().shown().size() >= 6);

        List<LogLine> lines = onFx(() -> List.copyOf(view.model().shown()));
        assertThat(lines).filteredOn(l -> l.source().equals(web)).allSatisfy(l -> {
            assertThat(l.text()).isEqualTo("from-web");
            assertThat(l.stream()).isEqualTo(LogStream.STDOUT);
        });
        assertThat(lines).filteredOn(l -> l.source().equals(db)).allSatisfy(l -> {
            assertThat(l.text()).isEqualTo("from-db");
            assertThat(l.stream()).isEqualTo(LogStream.STDERR);
        });
        assertThat(lines).extracting(LogLine::timeNanos).isSorted();
        assertThat(onFx(window::getTitle)).contains("2 containers");
        assertThat(streamThreads()).isEqualTo(2);

        onFx(() -> {
            window.close();
            return null;
        });
        until("the streams are closed", () -> streamThreads() == 0);
    }

    @Test
    void loadEarlierFetchesTheLinesBeforeTheFirstShownWithoutDuplicates() {
        String name = TestImages.uniqueName("logs-earlier");
        String id = run(name, "trap 'exit 0' TERM; i=0; while [ $i -lt 1500 ]; do i=$((i+1)); echo line-$i; done;"
                + " while true; do sleep 1; done");
        until("the container printed all its lines", () -> EarlierLines.load(engine, id, name,
                System.currentTimeMillis() * 1_000_000L, 0, 1).stream().map(LogLine::text).toList()
                .equals(List.of("line-1500")));
        Stage window = onFx(() -> LogsWindow.open(TestConnections.fixedTo(engine), tasks,
                List.of(new LogsModel.Target(id, name)), null));
        LogsModel model = ((LogView) window.getScene().getRoot()).model();
        try {
            // the view starts with the last 1,000 lines
            until("the last line", () -> texts(model).contains("line-1500"));
            assertThat(texts(model)).containsExactlyElementsOf(numbered(501, 1500));

            onFx(() -> {
                model.loadEarlier(300);
                return null;
            });
            until("300 earlier lines", () -> model.shown().size() == 1300);
            assertThat(texts(model)).containsExactlyElementsOf(numbered(201, 1500));
            assertThat(onFx(() -> model.status.get())).isEqualTo("Loaded 300 earlier lines of " + name);

            // asking for more than there is brings the rest, and nothing twice
            onFx(() -> {
                model.loadEarlier(1000);
                return null;
            });
            until("the first line", () -> texts(model).contains("line-1"));
            assertThat(texts(model)).containsExactlyElementsOf(numbered(1, 1500));
            assertThat(onFx(() -> model.status.get())).isEqualTo("Loaded 200 earlier lines of " + name);
        } finally {
            onFx(() -> {
                window.close();
                return null;
            });
        }
    }

    private static List<String> texts(LogsModel model) {
        return onFx(() -> model.shown().stream().map(LogLine::text).toList());
    }

    private static List<String> numbered(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(i -> "line-" + i).toList();
    }

    private static long streamThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("porthole-logs-") && t.isAlive()).count();
    }

    private static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(condition.call()));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }
}
