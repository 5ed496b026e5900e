package dev.porthole.ui.logs;

import atlantafx.base.theme.PrimerDark;
import dev.porthole.model.LogLine;
import dev.porthole.model.LogStream;
import dev.porthole.ui.shell.TaskRunner;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The log view fed by hand (no engine): search, filter, follow and the merged view's tags. */
@ExtendWith(ApplicationExtension.class)
class LogViewTest {

    private static final long T0 = 1_795_823_700_000_000_000L;
    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        this.stage = stage;
    }

    @AfterEach
    void noFxErrors() {
        onFx(() -> {
            if (stage.getScene() != null && stage.getScene().getRoot() instanceof LogView v) {
                v.close();
            }
            return null;
        });
        assertThat(fxErrors).as("exceptions thrown on the FX thread").isEmpty();
    }

    private LogView show(List<LogsModel.Target> targets) {
        return show(targets, 10_000);
    }

    /** A view holding at most {@code capacity} lines, in a 900 × 400 window. */
    private LogView show(List<LogsModel.Target> targets, int capacity) {
        return onFx(() -> {
            LogsModel model = new LogsModel(null, TaskRunner.direct(), targets, capacity, Platform::runLater);
            LogView view = new LogView(model);
            stage.setScene(new Scene(view, 900, 400));
            stage.show();
            return view;
        });
    }

    private static LogLine line(int i, String text) {
        return LogLine.of(T0 + i * 1_000_000L, i % 7 == 0 ? LogStream.STDERR : LogStream.STDOUT, "web", text);
    }

    private static void append(LogView view, List<LogLine> lines) {
        onFx(() -> {
            view.model().append(lines, 0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<LogLine> numbered(int from, int count) {
        List<LogLine> lines = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            lines.add(line(i, i % 10 == 3 ? "request " + i + " needle and \u001b[31mneedle\u001b[0m" : "request " + i));
        }
        return lines;
    }

    @Test
    void searchHighlightsEveryMatchAndCountsAndStepsThroughThem(FxRobot robot) {
        LogView view = show(List.of(new LogsModel.Target("id1", "web")));
        append(view, numbered(0, 100));

        robot.clickOn("#log-search").write("needle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#log-match-count")).isEqualTo("20 matches");
        robot.clickOn("#log-next");
        assertThat(text(robot, "#log-match-count")).isEqualTo("1 of 20");
        robot.clickOn("#log-next");
        assertThat(text(robot, "#log-match-count")).isEqualTo("2 of 20");
        robot.clickOn("#log-prev").clickOn("#log-prev");
        assertThat(text(robot, "#log-match-count")).isEqualTo("20 of 20");
        // the selected line is the 10th occurrence's line, on screen, with both needles highlighted
        List<Node> current = robot.lookup(".log-match-current").queryAll().stream().filter(LogViewTest::shownInTree)
                .toList();
        assertThat(current).hasSize(1);
        assertThat(((Label) current.getFirst()).getText()).isEqualTo("needle");
        assertThat(robot.lookup(".log-match-other").queryAll().stream().filter(LogViewTest::shownInTree)).isNotEmpty();
        assertThat(onFx(() -> view.model().following.get())).isFalse();
    }

    @Test
    void filterModeShowsOnlyMatchingLinesAndAnInvalidRegexSaysSo(FxRobot robot) {
        LogView view = show(List.of(new LogsModel.Target("id1", "web")));
        append(view, numbered(0, 100));
        type(robot, "request 1\\d\\b");
        robot.clickOn("#log-regex");
        robot.clickOn("#log-filter");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> view.model().shown().stream().map(LogLine::plain).toList()))
                .containsExactly("request 10", "request 11", "request 12", "request 13 needle and needle",
                        "request 14", "request 15", "request 16", "request 17", "request 18", "request 19");

        // new lines are filtered as they come
        append(view, List.of(line(200, "request 15 again"), line(201, "other")));
        assertThat(onFx(() -> view.model().shown().size())).isEqualTo(11);

        type(robot, "request (");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#log-match-count")).startsWith("Invalid regex: Unclosed group");
        // an invalid expression filters nothing out and throws nothing
        assertThat(onFx(() -> view.model().shown().size())).isEqualTo(102);

        robot.clickOn("#log-case");
        robot.clickOn("#log-regex");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.model().shown().stream().map(LogLine::plain).toList())).isEmpty();
        assertThat(text(robot, "#log-match-count")).isEqualTo("No matches");
    }

    @Test
    void followPausesWhenScrolledUpCountsNewLinesAndResumesWithTheButton(FxRobot robot) {
        LogView view = show(List.of(new LogsModel.Target("id1", "web")));
        append(view, numbered(0, 500));
        until("the end is shown", view::atEnd);
        assertThat(onFx(() -> shownInTree(robot.lookup("#log-jump").query()))).as("jump button while following")
                .isFalse();

        onFx(() -> {
            Node list = robot.lookup("#log-list").query();
            Event.fireEvent(list, new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false, false, false, false,
                    false, false, 0, 300, 0, 300, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.model().following.get())).isFalse();

        append(view, numbered(500, 25));
        assertThat(text(robot, "#log-new-lines")).isEqualTo("25 new lines");
        assertThat(onFx(() -> shownInTree(robot.lookup("#log-jump").query()))).isTrue();
        assertThat(onFx(view::atEnd)).isFalse();

        robot.clickOn("#log-jump");
        until("the end is shown again", view::atEnd);
        assertThat(onFx(() -> view.model().following.get())).isTrue();
        append(view, numbered(525, 50));
        until("following keeps the end shown", view::atEnd);
        assertThat(onFx(() -> view.model().newLines.get())).isZero();
    }

    @Test
    void aMergedViewOrdersLinesByTimeAndTagsThemByContainer(FxRobot robot) {
        LogView view = show(List.of(new LogsModel.Target("a", "web"), new LogsModel.Target("b", "db")));
        append(view, List.of(LogLine.of(T0 + 10, LogStream.STDOUT, "web", "web first"),
                LogLine.of(T0 + 30, LogStream.STDOUT, "web", "web third")));
        append(view, List.of(LogLine.of(T0 + 20, LogStream.STDERR, "db", "db second")));

        assertThat(onFx(() -> view.model().shown().stream().map(LogLine::plain).toList()))
                .containsExactly("web first", "db second", "web third");
        // rows out of use are hidden, not emptied: count what a user sees
        List<String> webTags = robot.lookup(".log-source-1").queryAll().stream().filter(LogViewTest::shownInTree)
                .map(n -> ((Text) n).getText()).toList();
        List<String> dbTags = robot.lookup(".log-source-2").queryAll().stream().filter(LogViewTest::shownInTree)
                .map(n -> ((Text) n).getText()).toList();
        assertThat(webTags).hasSize(2).allMatch(t -> t.startsWith("web"));
        assertThat(dbTags).hasSize(1).allMatch(t -> t.startsWith("db"));
    }

    @Test
    void aBoundedViewDropsTheOldestAndSaysHowMany(FxRobot robot) {
        LogView view = show(List.of(new LogsModel.Target("a", "web")), 100);
        append(view, numbered(0, 150));
        assertThat(onFx(() -> view.model().shown().getFirst().plain())).isEqualTo("request 50");
        assertThat(text(robot, "#log-dropped")).isEqualTo("50 oldest lines dropped");
    }

    @Test
    void onlyTheRowsInViewExistHoweverManyLinesAreHeld(FxRobot robot) {
        LogView view = show(List.of(new LogsModel.Target("a", "web")), 100_000);
        for (int from = 0; from < 120_000; from += 20_000) {
            append(view, numbered(from, 20_000));
        }
        until("the end is shown", view::atEnd);

        assertThat(onFx(() -> view.model().shown().size())).isEqualTo(100_000);
        List<LogRow> rows = onFx(() -> robot.lookup(".log-cell").queryAllAs(LogRow.class).stream().toList());
        // a 400-pixel window holds about 16 rows of 20 pixels: the rest is never made
        assertThat(rows).hasSizeLessThan(40);
        List<String> onScreen = onFx(() -> rows.stream().filter(LogViewTest::shownInTree)
                .sorted(java.util.Comparator.comparingDouble(Node::getLayoutY))
                .map(r -> r.line().plain()).toList());
        assertThat(onScreen).isNotEmpty().last().isEqualTo("request 119999");
        assertThat(text(robot, "#log-dropped")).isEqualTo("20,000 oldest lines dropped");
    }

    @Test
    void aClickAndShiftArrowsSelectARunWhichCopyTakesAndTheArrowsMove(FxRobot robot) {
        LogView view = show(List.of(new LogsModel.Target("id1", "web")));
        append(view, numbered(0, 12));
        until("the end is shown", view::atEnd);
        onFx(() -> {
            view.model().timestamps.set(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(row(robot, "request 2"));
        assertThat(selectedTexts(robot)).containsExactly("request 2");
        robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.DOWN, 3)
                .release(javafx.scene.input.KeyCode.SHIFT);
        assertThat(selectedTexts(robot))
                .containsExactly("request 2", "request 3 needle and needle", "request 4", "request 5");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.CONTROL);
        String copied = onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied.lines().toList())
                .containsExactly("request 2", "request 3 needle and needle", "request 4", "request 5");

        // Down moves the selection on from the line moved to last, and pauses following
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(selectedTexts(robot)).containsExactly("request 6");
        robot.type(javafx.scene.input.KeyCode.UP, 2);
        assertThat(selectedTexts(robot)).containsExactly("request 4");
        assertThat(onFx(() -> view.model().following.get())).isFalse();
    }

    private static LogRow row(FxRobot robot, String plain) {
        return onFx(() -> robot.lookup(".log-cell").queryAllAs(LogRow.class).stream()
                .filter(r -> shownInTree(r) && r.line() != null && r.line().plain().equals(plain)).findFirst()
                .orElseThrow(() -> new AssertionError("no row shows " + plain)));
    }

    private static List<String> selectedTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> robot.lookup(".log-cell").queryAllAs(LogRow.class).stream()
                .filter(r -> shownInTree(r) && r.getPseudoClassStates().stream()
                        .anyMatch(p -> p.getPseudoClassName().equals("selected")))
                .sorted(java.util.Comparator.comparingDouble(Node::getLayoutY))
                .map(r -> r.line().plain()).toList());
    }

    /** Pastes {@code text} into the search field, as typing each character is slow under the glass robot. */
    private static void type(FxRobot robot, String text) {
        robot.clickOn("#log-search");
        onFx(() -> {
            robot.lookup("#log-search").queryTextInputControl().setText(text);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shownInTree(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).queryLabeled().getText());
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the FX thread failed", e);
        }
    }

    private static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(onFx(condition)));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }
}
