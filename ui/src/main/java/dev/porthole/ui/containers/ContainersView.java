package dev.porthole.ui.containers;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.ContainerSummary;
import dev.porthole.ui.commands.Command;
import dev.porthole.ui.controls.ConfirmDialog;
import dev.porthole.ui.controls.TableKeys;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.stats.RunningStatsFeed;
import dev.porthole.ui.stats.StatsHub;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The containers page: toolbar, banners, the table and, below it, the selected container's details. */
public final class ContainersView extends BorderPane {

    static final String STYLESHEET = Objects.requireNonNull(
            ContainersView.class.getResource("/dev/porthole/ui/containers/containers.css")).toExternalForm();

    private final ContainersModel model;
    private final ContainersTable table;
    private final ContainersToolbar toolbar;
    private final Timeline ageTicker;
    private String pendingSelection;
    // live stats for the table's usage column and the Stats tab: streams open only while the page is shown
    private final StatsHub statsHub;
    private final RunningStatsFeed statsFeed;
    private final ContainerLiveTabs liveTabs;
    private final ContainerDetailPane detailPane;
    private final List<Command> commands;

    public ContainersView(ContainersModel model, Consumer<String> openUrl) {
        this.model = model;
        setId("containers-page");
        getStyleClass().add("containers-page");
        getStylesheets().add(STYLESHEET);

        toolbar = new ContainersToolbar(model, this::act);
        table = new ContainersTable(model.visibleRows(), openUrl);
        statsHub = new StatsHub(model.connection(), model.tasks());
        statsFeed = new RunningStatsFeed(statsHub, model.allRows());
        liveTabs = new ContainerLiveTabs(statsHub, model.connection(), model.tasks(), () -> model.preferences().shell());
        table.addUsageColumn(statsHub);
        table.setContextMenu(toolbar.contextMenu());
        var openLogs = new dev.porthole.ui.logs.OpenLogsAction(model.connection(), model.tasks(),
                model::selectedSummaries, model.selection(), () -> model.preferences().logBufferLines());
        toolbar.getChildren().add(Math.min(4, toolbar.getChildren().size()), openLogs.button());
        table.getContextMenu().getItems().add(0, openLogs.menuItem());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ContainerRow>) c ->
                model.selection().setAll(table.getSelectionModel().getSelectedItems().stream()
                        .filter(Objects::nonNull).toList()));
        model.staleProperty().addListener((o, was, stale) -> {
            table.getStyleClass().remove("stale");
            if (stale) {
                table.getStyleClass().add("stale");
            }
        });

        detailPane = new ContainerDetailPane(model, openUrl, liveTabs);
        commands = ContainerCommands.of(model, this::act, openLogs.command(this::window), this::showTab,
                toolbar::focusFilter);
        SplitPane split = new SplitPane(table, detailPane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);

        setTop(new VBox(6, toolbar, staleBanner(), errorMessage()));
        setCenter(split);

        setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                toolbar.focusFilter();
                e.consume();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && model.allowed(ContainerAction.REMOVE).get()) {
                act(ContainerAction.REMOVE);
                e.consume();
            }
        });
        // Enter: the row's details, with the keyboard focus there; the menu key: the row's actions
        TableKeys.install(table, () -> {
            if (model.selection().size() == 1) {
                showTab("tab-overview");
            }
        });
        model.allRows().addListener((ListChangeListener<ContainerRow>) c -> selectPending());

        // "3 minutes ago" ages while the page is open; this redraws cells only, it asks the engine nothing
        ageTicker = new Timeline(new KeyFrame(Duration.seconds(30), e -> table.refresh()));
        ageTicker.setCycleCount(Timeline.INDEFINITE);
    }

    /** The page's commands (palette, menu bar). */
    List<Command> commands() {
        return commands;
    }

    private void showTab(String tabId) {
        detailPane.showTab(tabId);
    }

    private javafx.stage.Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Selects the container with this id (or id prefix, or name), showing it even if filtered out. */
    public void select(String containerId) {
        pendingSelection = containerId;
        selectPending();
    }

    void onShow() {
        ageTicker.play();
        statsHub.setActive(true);
        liveTabs.setShown(true);
    }

    void onHide() {
        ageTicker.stop();
        statsHub.setActive(false);
        liveTabs.setShown(false);
    }

    /** The page goes: ends stats streams, process refreshes and terminal sessions. */
    void close() {
        onHide();
        liveTabs.close();
        statsFeed.close();
        statsHub.close();
    }

    private void selectPending() {
        if (pendingSelection == null) {
            return;
        }
        String wanted = pendingSelection;
        ContainerRow row = model.allRows().stream()
                .filter(r -> r.id().startsWith(wanted) || r.summary().name().equals(wanted))
                .findFirst().orElse(null);
        if (row == null) {
            return;
        }
        pendingSelection = null;
        if (!model.visibleRows().contains(row)) {
            model.filterTextProperty().set("");
            model.showAllProperty().set(true);
        }
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().select(row);
        table.scrollTo(row);
    }

    private void act(ContainerAction action) {
        if (action == ContainerAction.REMOVE) {
            confirmRemove();
        } else {
            model.run(action);
        }
    }

    private void confirmRemove() {
        List<ContainerSummary> targets = model.selectedSummaries();
        if (targets.isEmpty()) {
            return;
        }
        boolean needsForce = targets.stream().anyMatch(c -> c.state().needsForceToRemove());
        String header = targets.size() == 1
                ? "Remove container " + targets.getFirst().name() + "?"
                : "Remove " + targets.size() + " containers?";
        ConfirmDialog dialog = new ConfirmDialog("Remove containers", header,
                targets.stream().map(c -> c.name() + "  (" + ContainerFormat.stateLabel(c.state()).toLowerCase()
                        + ", " + c.image() + ")").toList(), "Remove")
                .withNote("Their file systems go with them; volumes stay. This cannot be undone.")
                .owner(getScene() == null ? null : getScene().getWindow());
        if (needsForce) {
            dialog.withForce("Force: stop and remove running containers", true);
        }
        dialog.ask().ifPresent(decision -> model.remove(decision.force()));
    }

    private Message staleBanner() {
        Message banner = new Message(null, null, Controls.icon(AppIcon.DISCONNECTED));
        banner.setId("stale-banner");
        banner.getStyleClass().add(Styles.WARNING);
        banner.descriptionProperty().bind(Bindings.createStringBinding(
                () -> ContainerFormat.staleBanner(model.dataTimeProperty().get(), ZoneId.systemDefault()),
                model.dataTimeProperty()));
        banner.visibleProperty().bind(model.staleProperty());
        banner.managedProperty().bind(model.staleProperty());
        return banner;
    }

    private Message errorMessage() {
        Message message = new Message(null, null, Controls.icon(AppIcon.ERROR));
        message.setId("containers-message");
        message.getStyleClass().add(Styles.DANGER);
        message.descriptionProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setOnClose(e -> model.dismissMessage());
        return message;
    }
}
