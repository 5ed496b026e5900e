package dev.porthole.ui.containers;

import atlantafx.base.controls.Message;
import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.engine.Engine;
import dev.porthole.engine.EngineEndpoint;
import dev.porthole.engine.EngineException;
import dev.porthole.engine.SupervisedEngineConnection;
import dev.porthole.model.ContainerState;
import dev.porthole.model.RunSpec;
import dev.porthole.model.SecretKeys;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.controls.KeyValueTable;
import dev.porthole.ui.lists.PageITFixture;
import dev.porthole.ui.lists.TestConnections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** The Containers page against the real engine, through its real connection and task runner. */
@ExtendWith(ApplicationExtension.class)
class ContainersPageIT {

    private static Engine engine;
    /** Unique to this run; every container here is named PREFIX-something, so the filter finds only ours. */
    private static String prefix;
    private static String running;
    private static String exited;
    private static String secret;
    private static String runningId;

    /** While true the connection's engine search finds nothing, as when the engine goes away. */
    private volatile boolean engineHidden;
    private PageITFixture fixture;
    private ContainersPage page;

    @BeforeAll
    static void createContainers() throws Exception {
        engine = TestEngines.assumeEngine();
        prefix = TestImages.uniqueName("ctr");
        running = prefix + "-web";
        exited = prefix + "-job";
        secret = prefix + "-secret";
        String image = TestImages.busybox(engine);
        runningId = TestImages.run(engine, new RunSpec(image, running, TestImages.TICK_COMMAND, List.of(),
                List.of(new RunSpec.PortPublish(0, 8080, "tcp")), List.of(), "no", false, Map.of(TEST_LABEL, "true")));
        TestImages.run(engine, spec(image, exited, List.of("true"), List.of()));
        TestImages.run(engine, spec(image, secret, TestImages.TICK_COMMAND,
                List.of("PORTHOLE_TEST_PASSWORD=hunter2-secret", "PLAIN_SETTING=visible-value")));
        waitUntil(() -> engine.findContainer(exited).state() == ContainerState.EXITED);
    }

    @AfterAll
    static void removeContainers() {
        TestImages.cleanupAndClose(engine);
    }

    @Start
    void start(Stage stage) {
        EngineEndpoint endpoint = TestEngines.dockerEndpoint();
        fixture = new PageITFixture(new SupervisedEngineConnection(
                () -> engineHidden ? hidden(endpoint) : TestConnections.discover(endpoint), TestEngines.factory(),
                new SupervisedEngineConnection.Backoff(Duration.ofMillis(100), Duration.ofMillis(400))), 3);
        page = fixture.show(stage, new ContainersPage(fixture.connection, fixture.tasks, url -> { }), 1300, 800);
    }

    @AfterEach
    void closePage(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void filterMatchesNameImageAndIdPrefix(FxRobot robot) throws Exception {
        showOnly(robot, prefix);
        assertThat(visibleNames()).containsExactly(exited, secret, running);

        clearFilter(robot);
        robot.clickOn("#container-filter").write(running.substring(running.length() - 10));
        awaitVisible(Set.of(running));

        clearFilter(robot);
        robot.clickOn("#container-filter").write(runningId.substring(0, 12));
        awaitVisible(Set.of(running));

        clearFilter(robot);
        robot.clickOn("#container-filter").write("porthole-test/busybox");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> visibleNames().containsAll(
                List.of(running, exited, secret))));
        assertThat(fx(() -> page.model().visibleRows().stream().map(r -> r.summary().image()).toList()))
                .allMatch(image -> image.contains("porthole-test/busybox"));
    }

    @Test
    void selectShowsAndSelectsAContainerTheFilterHid(FxRobot robot) throws Exception {
        showOnly(robot, secret);
        robot.clickOn("#show-all");
        robot.interact(() -> page.select(runningId.substring(0, 12)));

        assertThat(fx(() -> page.model().filterTextProperty().get())).isEmpty();
        assertThat(fx(() -> page.model().showAllProperty().get())).isTrue();
        assertThat(fx(() -> page.model().selectedSummaries().stream().map(c -> c.id()).toList()))
                .containsExactly(runningId);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() ->
                page.model().details().detailsProperty().get() != null
                        && page.model().details().detailsProperty().get().summary().id().equals(runningId)));
        assertThat(robot.lookup("#details-title").queryLabeled().getText()).isEqualTo(running);
    }

    @Test
    void showAllToggleHidesAndShowsStoppedContainers(FxRobot robot) throws Exception {
        showOnly(robot, prefix);
        assertThat(visibleNames()).contains(exited, running);

        robot.clickOn("#show-all");
        awaitVisible(Set.of(running, secret));

        robot.clickOn("#show-all");
        awaitVisible(Set.of(running, secret, exited));
    }

    @Test
    void actionsAreEnabledOnlyWhenEverySelectedStateAllowsThem(FxRobot robot) throws Exception {
        showOnly(robot, prefix);

        robot.clickOn(cell(robot, running));
        assertEnabled(robot, Map.of("#start", false, "#stop", true, "#pause", true, "#kill", true,
                "#unpause", false, "#restart", true, "#remove", true));

        robot.clickOn(cell(robot, exited));
        assertEnabled(robot, Map.of("#start", true, "#stop", false, "#pause", false, "#kill", false,
                "#unpause", false, "#restart", true, "#remove", true));

        // the headless robot sends no modifiers with clicks, so extend by keyboard: job, secret, web (by name)
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, 2).release(KeyCode.SHIFT);
        assertThat(fx(() -> page.model().selectedSummaries().stream().map(c -> c.name()).toList()))
                .containsExactlyInAnyOrder(exited, secret, running);
        assertEnabled(robot, Map.of("#start", false, "#stop", false, "#pause", false, "#kill", false,
                "#unpause", false, "#restart", true, "#remove", true));
    }

    @Test
    void removeAsksFirstAndNeedsForceForARunningContainer(FxRobot robot) throws Exception {
        String image = TestImages.busybox(engine);
        String doomed = TestImages.uniqueName("ctr-rm");
        String doomedRunning = doomed + "-up";
        String doomedExited = doomed + "-down";
        TestImages.runSleeper(engine, doomedRunning);
        TestImages.run(engine, spec(image, doomedExited, List.of("true"), List.of()));
        waitUntil(() -> engine.findContainer(doomedExited).state() == ContainerState.EXITED);
        showOnly(robot, doomed);
        awaitVisible(Set.of(doomedRunning, doomedExited));

        robot.clickOn(cell(robot, doomedExited));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(fx(() -> page.model().selection().size())).isEqualTo(2);
        robot.clickOn("#remove");

        ListView<?> items = robot.lookup("#confirm-items").queryAs(ListView.class);
        assertThat(items.getItems()).hasSize(2).anyMatch(i -> i.toString().startsWith(doomedRunning))
                .anyMatch(i -> i.toString().startsWith(doomedExited));
        Button ok = robot.lookup("#confirm-ok").queryButton();
        CheckBox force = robot.lookup("#confirm-force").queryAs(CheckBox.class);
        assertThat(force.isVisible()).isTrue();
        assertThat(ok.isDisabled()).as("confirm needs force while one is running").isTrue();

        robot.clickOn("#confirm-cancel");
        assertThat(engine.findContainer(doomedRunning)).isNotNull();
        assertThat(engine.findContainer(doomedExited)).isNotNull();
        assertThat(visibleNames()).contains(doomedRunning, doomedExited);

        robot.clickOn("#remove");
        robot.clickOn("#confirm-force");
        assertThat(robot.lookup("#confirm-ok").queryButton().isDisabled()).isFalse();
        robot.clickOn("#confirm-ok");

        awaitVisible(Set.of());
        assertThat(engine.findContainer(doomedRunning)).isNull();
        assertThat(engine.findContainer(doomedExited)).isNull();
    }

    @Test
    void aContainerStartedOutsideShowsAsRunningFromTheEventStream(FxRobot robot) throws Exception {
        String name = TestImages.uniqueName("ctr-event");
        String id = TestImages.runSleeper(engine, name);
        engine.stopContainer(id);
        showOnly(robot, name);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> stateOf(name) == ContainerState.EXITED));

        AtomicLong shownAt = new AtomicLong();
        robot.interact(() -> page.model().allRows().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow().summaryProperty().addListener((o, was, now) -> {
                    if (now.state() == ContainerState.RUNNING) {
                        shownAt.compareAndSet(0, System.nanoTime());
                    }
                }));
        long before = System.nanoTime();
        engine.startContainer(id);
        long returned = System.nanoTime();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownAt.get() != 0);

        System.out.printf("Started with the engine API: the row showed running %d ms after the start call "
                        + "returned (%d ms after it was sent)%n",
                (shownAt.get() - returned) / 1_000_000, (shownAt.get() - before) / 1_000_000);
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getItem() instanceof ContainerRow c
                && c.id().equals(id)).query();
        assertThat(robot.from(row).lookup(".state-badge").queryLabeled().getText()).isEqualTo("Running");
    }

    @Test
    void secretEnvironmentValuesStayMaskedUntilRevealed(FxRobot robot) throws Exception {
        showOnly(robot, secret);
        robot.clickOn(cell(robot, secret));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> page.model().details().detailsProperty().get() != null));
        robot.clickOn("Environment");

        KeyValueTable env = robot.lookup("#detail-environment").queryAs(KeyValueTable.class);
        Label secretValue = valueLabel(robot, env, "PORTHOLE_TEST_PASSWORD");
        assertThat(secretValue.getText()).isEqualTo(SecretKeys.MASK);
        assertThat(valueLabel(robot, env, "PLAIN_SETTING").getText()).isEqualTo("visible-value");
        TextArea json = robot.lookup(".json-text").queryAs(TextArea.class);
        assertThat(json.getText()).contains(TEST_LABEL).doesNotContain("hunter2-secret");

        robot.clickOn(robot.from(secretValue.getParent()).lookup(".reveal-button").queryButton());
        assertThat(valueLabel(robot, env, "PORTHOLE_TEST_PASSWORD").getText()).isEqualTo("hunter2-secret");
        assertThat(json.getText()).as("one reveal leaves the JSON masked").doesNotContain("hunter2-secret");

        robot.clickOn("#reveal-secrets");
        assertThat(json.getText()).contains("PORTHOLE_TEST_PASSWORD=hunter2-secret");
    }

    @Test
    void aDropKeepsTheRowsGreyedUnderABannerAndAReconnectListsEverythingAgain(FxRobot robot) throws Exception {
        showOnly(robot, prefix);
        List<String> before = visibleNames();
        robot.clickOn(cell(robot, running));
        assertEnabled(robot, Map.of("#stop", true));

        engineHidden = true;
        fixture.connection.reportFailure(new EngineException(EngineException.Kind.UNREACHABLE,
                "the test hid the engine"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> page.model().staleProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleNames()).as("rows are kept while disconnected").isEqualTo(before);
        Message banner = robot.lookup("#stale-banner").queryAs(Message.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getDescription()).startsWith("Disconnected — showing data from ");
        assertThat(robot.lookup("#containers-table").query().getStyleClass()).contains("stale");
        assertEnabled(robot, Map.of("#stop", false, "#kill", false, "#remove", false));

        // made while the page hears no events: only the full list after the reconnect can show it
        String late = TestImages.uniqueName("ctr-late");
        TestImages.runSleeper(engine, late);
        engineHidden = false;
        fixture.connection.retryNow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !page.model().staleProperty().get()
                && stateOf(late) == ContainerState.RUNNING));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isFalse();
        assertThat(robot.lookup("#containers-table").query().getStyleClass()).doesNotContain("stale");
        assertEnabled(robot, Map.of("#stop", true));
    }

    @Test
    void anEngineErrorShowsAsAMessageAndChangesNothingElse(FxRobot robot) throws Exception {
        // two containers publishing the same host port: while one runs, the engine refuses to start the other
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String image = TestImages.busybox(engine);
        String holder = TestImages.uniqueName("ctr-holder");
        String broken = TestImages.uniqueName("ctr-broken");
        String holderId = TestImages.run(engine, portSpec(image, holder, port));
        engine.stopContainer(holderId);
        String brokenId = TestImages.run(engine, portSpec(image, broken, port));
        engine.stopContainer(brokenId);
        engine.startContainer(holderId);
        showOnly(robot, broken);
        robot.clickOn(cell(robot, broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#start").queryButton().isDisabled());
        ContainerState stateBefore = fx(() -> stateOf(broken));

        robot.clickOn("#start");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> page.model().messageProperty().get() != null));
        String message = fx(() -> page.model().messageProperty().get());
        System.out.println("The failed start showed: " + message);
        assertThat(message).startsWith("Could not start " + broken + ": ").doesNotContain("Exception", "\tat ");
        Message shown = robot.lookup("#containers-message").queryAs(Message.class);
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getDescription()).isEqualTo(message);
        assertThat(visibleNames()).containsExactly(broken);
        assertThat(fx(() -> page.model().selectedSummaries()).stream().map(c -> c.name())).containsExactly(broken);
        assertThat(fixture.connection.status().connected()).as("an engine refusal is no disconnect").isTrue();
        assertThat(stateBefore).isEqualTo(ContainerState.EXITED);
        assertThat(fx(() -> stateOf(broken))).isNotEqualTo(ContainerState.RUNNING);
    }

    // ---- helpers

    private static RunSpec spec(String image, String name, List<String> command, List<String> env) {
        return new RunSpec(image, name, command, env, List.of(), List.of(), "no", false, Map.of(TEST_LABEL, "true"));
    }

    private static RunSpec portSpec(String image, String name, int hostPort) {
        return new RunSpec(image, name, TestImages.TICK_COMMAND, List.of(),
                List.of(new RunSpec.PortPublish(hostPort, 8080, "tcp")), List.of(), "no", false,
                Map.of(TEST_LABEL, "true"));
    }

    private static DiscoveryReport hidden(EngineEndpoint endpoint) {
        CandidateResult none = new CandidateResult(endpoint, false, null, "hidden by the test");
        return new DiscoveryReport(List.of(none), null, "No engine answered (hidden by the test).", List.of());
    }

    /** Types the filter and waits for the first full list. */
    private void showOnly(FxRobot robot, String filter) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> page.model().loadedProperty().get()));
        robot.clickOn("#container-filter").write(filter);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !visibleNames().isEmpty()));
    }

    private void clearFilter(FxRobot robot) {
        robot.interact(() -> page.model().filterTextProperty().set(""));
    }

    private List<String> visibleNames() throws Exception {
        return fx(() -> page.model().visibleRows().stream().map(r -> r.summary().name()).sorted().toList());
    }

    private void awaitVisible(Set<String> names) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Set.copyOf(visibleNames()).equals(names));
        } catch (TimeoutException e) {
            assertThat(fx(() -> page.model().visibleRows().stream()
                    .map(r -> r.summary().name() + " " + r.summary().state()).toList()))
                    .as("rows shown").hasSameSizeAs(names);
            throw e;
        }
    }

    private ContainerState stateOf(String name) {
        return page.model().allRows().stream().filter(r -> r.summary().name().equals(name)).findFirst()
                .map(r -> r.summary().state()).orElse(null);
    }

    /** The table cell showing this container's name. */
    private static Node cell(FxRobot robot, String name) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && name.equals(c.getText())).query();
    }

    private static Label valueLabel(FxRobot robot, KeyValueTable table, String key) {
        TableRow<?> row = robot.from(table).lookup((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof KeyValueTable.Entry e && e.key().equals(key)).query();
        return robot.from(row).lookup(".kv-value").queryAs(Label.class);
    }

    private static void assertEnabled(FxRobot robot, Map<String, Boolean> expected) {
        WaitForAsyncUtils.waitForFxEvents();
        expected.forEach((id, enabled) ->
                assertThat(robot.lookup(id).queryButton().isDisabled()).as(id + " disabled").isEqualTo(!enabled));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
