package dev.porthole.ui.networks;

import dev.porthole.engine.Engine;
import dev.porthole.model.NetworkSummary;
import dev.porthole.testing.TestEngines;
import dev.porthole.testing.TestImages;
import dev.porthole.ui.lists.PageITFixture;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.porthole.testing.TestEngines.TEST_LABEL;
import static dev.porthole.ui.lists.PageITFixture.fx;
import static org.assertj.core.api.Assertions.assertThat;

/** The networks page on the real engine: create, connect, the refused remove, disconnect, inspect, remove. */
@ExtendWith(ApplicationExtension.class)
class NetworksPageIT {

    private static Engine engine;
    private static String sleeper;
    private static String network;

    private PageITFixture fixture;
    private NetworksPage page;

    @BeforeAll
    static void runSleeper() {
        engine = TestEngines.assumeEngine();
        sleeper = TestImages.uniqueName("netui");
        network = sleeper + "-net";
        TestImages.runSleeper(engine, sleeper);
    }

    @AfterAll
    static void removeEverything() {
        TestImages.cleanupAndClose(engine, () -> {
            TestImages.removeNetworks(engine, n -> n.name().equals(network)
                    && "true".equals(n.labels().get(TEST_LABEL)));
        });
    }

    @Start
    void start(Stage stage) {
        fixture = PageITFixture.onTestEngine(3);
        page = new NetworksPage(fixture.connection, fixture.tasks, Map.of(TEST_LABEL, "true"));
        fixture.show(stage, page, 1200, 700);
    }

    @AfterEach
    void closePage(FxRobot robot) {
        fixture.close(robot);
    }

    @Test
    void createConnectRefuseRemoveDisconnectInspectAndRemove(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> fx(() -> !page.model().list().staleProperty().get()));
        robot.clickOn("#network-create");
        set(robot, "#network-create-name", network);
        set(robot, "#network-create-subnet", "10.214.9.0/24");
        set(robot, "#network-create-gateway", "10.214.9.1");
        robot.clickOn("#network-create-internal").clickOn("#network-create-ok");
        robot.interact(() -> page.model().list().filterProperty().set(network));
        NetworkSummary created = awaitRow(n -> true);
        assertThat(created.internal()).isTrue();
        assertThat(created.subnets()).containsExactly("10.214.9.0/24");
        assertThat(created.labels()).containsEntry(TEST_LABEL, "true");
        assertThat(robot.lookup(".network-subnet").queryAllAs(javafx.scene.control.TableCell.class))
                .anySatisfy(c -> assertThat(c.getText()).isEqualTo("10.214.9.0/24 via 10.214.9.1"));

        select(robot);
        robot.clickOn("#network-connect");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#network-connect-dialog").tryQuery()
                .isPresent());
        ComboBox<String> choice = robot.lookup("#network-connect-dialog .combo-box").queryComboBox();
        robot.interact(() -> choice.getSelectionModel().select(sleeper));
        robot.clickOn("OK");
        awaitRow(n -> n.containers().contains(sleeper));

        select(robot);
        robot.clickOn("#network-remove");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#network-in-use").tryQuery().isPresent());
        assertThat(robot.lookup("#network-in-use .content").queryLabeled().getText()).contains(sleeper)
                .contains("Disconnect it first");
        robot.clickOn("OK");

        select(robot);
        robot.clickOn("#network-disconnect");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#network-disconnect-dialog").tryQuery()
                .isPresent());
        robot.clickOn("OK");
        awaitRow(n -> n.containers().isEmpty());

        select(robot);
        robot.clickOn("#network-inspect");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#network-json").tryQuery()
                .isPresent() && robot.lookup("#network-json .json-text").queryAs(TextInputControl.class).getText()
                .contains("\"Name\" : \"" + network + "\"")));

        robot.clickOn("#network-remove");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#confirm-ok").tryQuery().isPresent());
        robot.clickOn("#confirm-ok");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> page.model().list().rows().stream()
                .noneMatch(n -> n.name().equals(network))));
        assertThat(engine.listNetworks()).extracting(NetworkSummary::name).doesNotContain(network);
    }

    private NetworkSummary awaitRow(java.util.function.Predicate<NetworkSummary> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> page.model().list().rows().stream()
                .anyMatch(n -> n.name().equals(network) && condition.test(n))));
        return fx(() -> page.model().list().rows().stream().filter(n -> n.name().equals(network)).findFirst()
                .orElseThrow());
    }

    private void select(FxRobot robot) {
        TableView<?> table = robot.lookup("#network-table").queryAs(TableView.class);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(0);
        });
    }

    private static void set(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryTextInputControl();
        robot.interact(() -> field.setText(text));
    }
}
