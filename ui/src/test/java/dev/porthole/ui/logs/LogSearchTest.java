package dev.porthole.ui.logs;

import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import dev.porthole.ui.lists.PageITFixture;
import dev.porthole.ui.shell.FxTaskRunner;
import dev.porthole.ui.shell.TaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search and filter worked out in the background: the result equals counting all at once, a stale result is
 * dropped, lines that came and went during the scan are counted exactly once. The scans are held in a runner the
 * test finishes by hand, so "during a scan" is exact.
 */
@ExtendWith(ApplicationExtension.class)
class LogSearchTest {

    private static final long T0 = 1_795_823_700_000_000_000L;
    private static final List<LogsModel.Target> ONE = List.of(new LogsModel.Target("c1", "web"));

    /** Holds background work until the test runs it; the callback then runs on the test's thread, as on FX. */
    private static final class HeldTasks implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();
        private final List<Object> results = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                results.add(result);
                onSuccess.accept(result);
            });
        }

        int pending() {
            return held.size();
        }

        /** Finishes the {@code i}-th held scan (0 = oldest still held). */
        void finish(int i) {
            held.remove(i).run();
        }

        void finishAll() {
            while (!held.isEmpty()) {
                finish(0);
            }
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }

        @Override
        public void close() {
        }
    }

    private final HeldTasks tasks = new HeldTasks();

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static LogLine line(int i, String text) {
        return LogLine.of(T0 + i * 1_000_000L, LogStream.STDOUT, "web", text);
    }

    /** Lines i in [from, to): every third mentions an error, every fifth twice. */
    private static List<LogLine> lines(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> line(i, "line " + i
                + (i % 3 == 0 ? " ERROR at step " + i : " ok")
                + (i % 5 == 0 ? " (error again)" : ""))).toList();
    }

    /** The line of each occurrence, in order, found the plain way: what the model must say. */
    private static List<Integer> occurrences(List<LogLine> shown, Pattern p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Matcher m = p.matcher(shown.get(i).plain());
            while (m.find()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The line of each occurrence as the model steps through them with "next". */
    private static List<Integer> stepped(LogsModel model) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < model.matchCount.get(); i++) {
            out.add(model.nextMatch(true));
        }
        return out;
    }

    private static List<String> texts(LogsModel model) {
        return model.shown().stream().map(LogLine::text).toList();
    }

    @Test
    void aBackgroundSearchFindsWhatCountingAllAtOnceFinds() {
        for (boolean filter : new boolean[]{false, true}) {
            LogsModel model = new LogsModel(null, tasks, ONE, 5_000, Runnable::run);
            LogsModel direct = new LogsModel(null, TaskRunner.direct(), ONE, 5_000, Runnable::run);
            for (LogsModel m : List.of(model, direct)) {
                m.append(lines(0, 8_000), 0);
                m.filterMode.set(filter);
                m.queryText.set("error");
            }

            assertThat(model.counting.get()).isTrue();
            assertThat(model.matchCount.get()).isZero();
            tasks.finishAll();

            assertThat(model.counting.get()).isFalse();
            assertThat(texts(model)).isEqualTo(texts(direct));
            assertThat(model.shown()).hasSize(filter ? 2_333 : 5_000);
            List<Integer> expected = occurrences(model.shown(), Pattern.compile("error", Pattern.CASE_INSENSITIVE));
            assertThat(model.matchCount.get()).isEqualTo(expected.size()).isEqualTo(direct.matchCount.get());
            assertThat(stepped(model)).isEqualTo(expected).isEqualTo(stepped(direct));
        }
    }

    @Test
    void linesThatArriveOrLeaveDuringAScanAreCountedExactlyOnce() {
        for (boolean filter : new boolean[]{false, true}) {
            LogsModel model = new LogsModel(null, tasks, ONE, 1_000, Runnable::run);
            model.append(lines(0, 1_000), 0);
            model.filterMode.set(filter);
            model.regex.set(true);
            model.queryText.set("ERROR at step \\d+");

            // while the scan runs, 300 lines arrive and so the 300 oldest leave, some of them already scanned
            model.append(lines(1_000, 1_150), 0);
            model.append(lines(1_150, 1_300), 0);
            assertThat(model.counting.get()).isTrue();
            tasks.finishAll();

            List<LogLine> held = lines(300, 1_300);
            Pattern p = Pattern.compile("ERROR at step \\d+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            List<LogLine> expectedShown = filter ? held.stream().filter(l -> p.matcher(l.plain()).find()).toList()
                    : held;
            assertThat(texts(model)).isEqualTo(expectedShown.stream().map(LogLine::text).toList());
            assertThat(stepped(model)).isEqualTo(occurrences(expectedShown, p));

            // and lines after it are counted as they come, as before (lines 300…302 leave, 300 and 1302 match)
            model.append(lines(1_300, 1_303), 0);
            List<LogLine> after = lines(303, 1_303);
            assertThat(stepped(model)).isEqualTo(occurrences(filter
                    ? after.stream().filter(l -> p.matcher(l.plain()).find()).toList() : after, p));
        }
    }

    @Test
    void aScanOfAnOlderQueryIsDroppedWhenANewerOneTookOver() {
        LogsModel model = new LogsModel(null, tasks, ONE, 2_000, Runnable::run);
        model.append(lines(0, 2_000), 0);
        model.filterMode.set(true);
        model.queryText.set("step 1");
        model.queryText.set("step 12");
        assertThat(tasks.pending()).isEqualTo(2);

        // the newer one finishes first; the older one, coming last, must not undo it
        tasks.finish(1);
        List<String> newer = texts(model);
        int newerCount = model.matchCount.get();
        tasks.finish(0);

        // step 12, 120…129 and 1200…1299, of the lines that have a step (every third)
        assertThat(newer).hasSize(39).allMatch(t -> t.contains("step 12"));
        assertThat(texts(model)).isEqualTo(newer);
        assertThat(model.matchCount.get()).isEqualTo(newerCount).isEqualTo(39);
        assertThat(model.counting.get()).isFalse();
        // the stale scan noticed it was superseded and stopped without a result
        assertThat(tasks.results).hasSize(2).last().isNull();
    }

    @Test
    void aStaleScanFinishingBeforeTheNewerOneLeavesTheCountCounting() {
        LogsModel model = new LogsModel(null, tasks, ONE, 2_000, Runnable::run);
        model.append(lines(0, 2_000), 0);
        model.queryText.set("ok");
        model.queryText.set("again");

        tasks.finish(0);
        assertThat(model.counting.get()).isTrue();
        assertThat(model.matchCount.get()).isZero();

        tasks.finish(0);
        assertThat(model.counting.get()).isFalse();
        assertThat(model.matchCount.get()).isEqualTo(400);
    }

    @Test
    void anOlderLineGoingInDuringAScanMakesItScanAgain() {
        List<LogsModel.Target> two = List.of(new LogsModel.Target("c1", "web"), new LogsModel.Target("c2", "db"));
        LogsModel model = new LogsModel(null, tasks, two, 1_000, Runnable::run);
        model.append(lines(0, 600), 0);
        model.filterMode.set(true);
        model.queryText.set("error");

        // another container's line from between lines 10 and 11: serials after it move up one
        model.append(List.of(LogLine.of(T0 + 10_500_000L, LogStream.STDOUT, "db", "db error")), 0);
        tasks.finish(0);
        assertThat(model.counting.get()).as("the moved lines are scanned again").isTrue();
        assertThat(tasks.pending()).isEqualTo(1);
        tasks.finishAll();

        List<LogLine> expected = new ArrayList<>(lines(0, 600));
        expected.add(11, LogLine.of(T0 + 10_500_000L, LogStream.STDOUT, "db", "db error"));
        Pattern p = Pattern.compile("error", Pattern.CASE_INSENSITIVE);
        expected.removeIf(l -> !p.matcher(l.plain()).find());
        assertThat(texts(model)).isEqualTo(expected.stream().map(LogLine::text).toList());
        assertThat(stepped(model)).isEqualTo(occurrences(expected, p));
    }

    @Test
    void whenLinesKeepMovingUnderTheScansTheCountIsDoneAtOnceInsteadOfNever() {
        List<LogsModel.Target> two = List.of(new LogsModel.Target("c1", "web"), new LogsModel.Target("c2", "db"));
        LogsModel model = new LogsModel(null, tasks, two, 1_000, Runnable::run);
        model.append(lines(0, 600), 0);
        model.queryText.set("again");

        // every scan finds an older line of the other container went in meanwhile
        for (int k = 0; k < 2; k++) {
            model.append(List.of(LogLine.of(T0 + (10 + k) * 1_000_000L + 500_000L, LogStream.STDOUT, "db",
                    "db again " + k)), 0);
            tasks.finish(0);
        }

        assertThat(tasks.pending()).as("the third count is not left to a worker").isZero();
        assertThat(model.counting.get()).isFalse();
        // 120 lines of web (every fifth of 600) and the two of db
        assertThat(model.matchCount.get()).isEqualTo(122);
    }

    @Test
    void clearingTheQueryShowsEveryLineAtOnceWithoutAScan() {
        LogsModel model = new LogsModel(null, tasks, ONE, 1_000, Runnable::run);
        model.append(lines(0, 100), 0);
        model.filterMode.set(true);
        model.queryText.set("again");
        tasks.finishAll();
        assertThat(model.shown()).hasSize(20);

        model.queryText.set("");

        assertThat(tasks.pending()).isZero();
        assertThat(model.shown()).hasSize(100);
        assertThat(model.matchCount.get()).isZero();
        assertThat(model.counting.get()).isFalse();
    }

    @Test
    void aScanOnARealWorkerWhileLinesStreamInEndsAsCountingAllAtOnce(FxRobot robot) throws Exception {
        FxTaskRunner workers = new FxTaskRunner(2);
        try {
            LogsModel model = new LogsModel(null, workers, ONE, 20_000, Runnable::run);
            LogsModel direct = new LogsModel(null, TaskRunner.direct(), ONE, 20_000, Runnable::run);
            robot.interact(() -> {
                for (LogsModel m : List.of(model, direct)) {
                    m.append(lines(0, 30_000), 0);
                    m.filterMode.set(true);
                    m.regex.set(true);
                    m.queryText.set("error|step 7");
                }
            });
            // lines keep coming on the FX thread, as from a stream, while the worker reads its snapshot
            for (int b = 0; b < 20; b++) {
                List<LogLine> batch = lines(30_000 + b * 500, 30_500 + b * 500);
                robot.interact(() -> {
                    model.append(batch, 0);
                    direct.append(batch, 0);
                });
            }
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !PageITFixture.fx(() -> model.counting.get()));

            robot.interact(() -> {
                assertThat(texts(model)).isEqualTo(texts(direct));
                assertThat(stepped(model)).isEqualTo(stepped(direct));
            });
        } finally {
            workers.close();
        }
    }

    @Test
    void theMatchCountSaysItIsCountingUntilTheScanIsDone(FxRobot robot) {
        LogsModel model = new LogsModel(null, tasks, ONE, 1_000, Runnable::run);
        robot.interact(() -> {
            model.append(lines(0, 100), 0);
            stage.setScene(new Scene(new LogToolbar(model, () -> { }, () -> { }, line -> { }), 900, 60));
            stage.show();
        });

        robot.clickOn("#log-search").write("again");
        assertThat(robot.lookup("#log-match-count").queryAs(Label.class).getText()).isEqualTo("Counting…");

        robot.interact(tasks::finishAll);
        assertThat(robot.lookup("#log-match-count").queryAs(Label.class).getText()).isEqualTo("20 matches");
    }
}
