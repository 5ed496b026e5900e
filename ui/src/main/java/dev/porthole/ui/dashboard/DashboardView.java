package dev.porthole.ui.dashboard;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.DiskUsage;
import dev.porthole.model.EngineEvent;
import dev.porthole.model.EngineFacts;
import dev.porthole.ui.containers.ContainerFormat;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.shell.Navigator;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** The dashboard: counts, engine facts, disk usage chart and the live event feed. */
final class DashboardView extends VBox {

    static final String STYLESHEET = Objects.requireNonNull(
            DashboardView.class.getResource("/dev/porthole/ui/dashboard/dashboard.css")).toExternalForm();
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

    private final DashboardModel model;
    private final Navigator navigator;
    private final GridPane facts = new GridPane(14, 6);
    private final HBox tiles = new HBox(12);
    private final DiskUsageChart chart = new DiskUsageChart();
    private final GridPane usageTable = new GridPane(18, 4);
    private final Label problem = new Label();

    DashboardView(DashboardModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        getStyleClass().add("dashboard-page");
        getStylesheets().addAll(Controls.STYLESHEET, STYLESHEET);
        setSpacing(14);

        Label title = new Label("Dashboard");
        title.getStyleClass().add(Styles.TITLE_3);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button refresh = new Button(null, Controls.icon(AppIcon.REFRESH));
        refresh.setId("dashboard-refresh");
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        refresh.setTooltip(new Tooltip("Read the facts and disk usage again"));
        refresh.setAccessibleText("Refresh the dashboard");
        refresh.setOnAction(e -> model.refresh());
        Button cleanup = new Button("Clean up…", Controls.icon(AppIcon.PRUNE));
        cleanup.setId("dashboard-cleanup");
        cleanup.setTooltip(new Tooltip("Remove stopped containers, unused images, volumes, networks and build cache"
                + " (shows what goes first)"));
        cleanup.setOnAction(e -> openCleanup());
        HBox head = new HBox(10, title, grow, cleanup, refresh);
        head.setAlignment(Pos.CENTER_LEFT);
        problem.setId("dashboard-error");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.textProperty().bind(model.problemProperty());

        tiles.setId("dashboard-tiles");
        facts.setId("engine-facts");
        facts.getStyleClass().add("engine-facts");
        usageTable.setId("disk-usage-table");
        usageTable.getStyleClass().add("disk-usage-table");
        VBox factsCard = card("Engine", facts);
        factsCard.setMinWidth(340);
        VBox diskCard = card("Disk usage", new VBox(6, chartKey(), chart, usageTable));
        HBox.setHgrow(diskCard, Priority.ALWAYS);
        chart.setPrefHeight(230);
        HBox middle = new HBox(14, factsCard, diskCard);

        VBox feedCard = card("Engine events", eventFeed());
        VBox.setVgrow(feedCard, Priority.ALWAYS);
        getChildren().addAll(head, problem, tiles, middle, feedCard);

        model.factsProperty().addListener((obs, o, f) -> showFacts(f));
        model.usageProperty().addListener((obs, o, u) -> showUsage(u));
        model.staleProperty().addListener((obs, o, s) -> pseudoClassStateChanged(STALE, s));
        pseudoClassStateChanged(STALE, model.staleProperty().get());
        showFacts(null);
        showUsage(null);
    }

    private void openCleanup() {
        CleanupDialog dialog = new CleanupDialog(model.cleanup(), model.usageProperty().get())
                .owner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().ifPresent(result -> model.refresh());
    }

    private Node eventFeed() {
        EventFeed feed = model.feed();
        CustomTextField filter = new CustomTextField();
        filter.setId("event-filter");
        filter.setPromptText("Filter events: type, action or name");
        filter.setLeft(Controls.icon(AppIcon.SEARCH));
        filter.setPrefWidth(300);
        filter.textProperty().bindBidirectional(feed.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        Button clear = new Button("Clear", Controls.icon(AppIcon.CLEAR));
        clear.setId("event-clear");
        clear.setOnAction(e -> feed.clear());
        Label hint = new Label("Live, newest first; the last " + EventFeed.LIMIT + " are kept.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(8, filter, clear, hint);
        bar.setAlignment(Pos.CENTER_LEFT);

        ListView<EngineEvent> list = new ListView<>(feed.visible());
        list.setId("event-list");
        list.getStyleClass().add(Styles.DENSE);
        list.setPlaceholder(new Label("No events yet. Start a container, pull an image…"));
        list.setCellFactory(l -> new EventCell());
        list.setPrefHeight(180);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, bar, list);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private void showFacts(EngineFacts f) {
        facts.getChildren().clear();
        int row = 0;
        if (f == null) {
            facts.add(new Label("Waiting for the engine…"), 0, 0);
        } else {
            for (var e : DashboardFormat.facts(f).entrySet()) {
                Label key = new Label(e.getKey());
                key.getStyleClass().add(Styles.TEXT_MUTED);
                Label value = new Label(e.getValue());
                value.getStyleClass().add("fact-value");
                value.setId("fact-" + e.getKey().toLowerCase().replaceAll("[^a-z]+", "-"));
                facts.addRow(row++, key, value);
            }
        }
        tiles.getChildren().setAll(
                tile("count-running", "Running", f == null ? "–" : Integer.toString(f.running()),
                        AppIcon.START, "containers"),
                tile("count-stopped", "Stopped", f == null ? "–" : Integer.toString(f.stopped() + f.paused()),
                        AppIcon.STOP, "containers"),
                tile("count-images", "Images", f == null ? "–" : Integer.toString(f.images()),
                        AppIcon.IMAGE, "images"),
                tile("count-volumes", "Volumes", f == null ? "–" : Integer.toString(f.volumes()),
                        AppIcon.VOLUME, "volumes"),
                tile("count-networks", "Networks", f == null ? "–" : Integer.toString(f.networks()),
                        AppIcon.NETWORK, "networks"));
    }

    private void showUsage(DiskUsage u) {
        chart.show(u);
        usageTable.getChildren().clear();
        usageTable.addRow(0, header("Kind"), header("Count"), header("Active"), header("Size"),
                header("Reclaimable"));
        if (u == null) {
            return;
        }
        List<DiskUsage.Usage> parts = List.of(u.images(), u.containers(), u.volumes(), u.buildCache());
        for (int i = 0; i < parts.size(); i++) {
            DiskUsage.Usage p = parts.get(i);
            String kind = DiskUsageChart.KINDS.get(i);
            Label reclaim = new Label(ContainerFormat.bytes(p.reclaimable()) + percent(p.reclaimable(), p.size()));
            reclaim.setId("reclaimable-" + kind.toLowerCase().replace(' ', '-'));
            usageTable.addRow(i + 1, new Label(kind), new Label(Integer.toString(p.count())),
                    new Label(Integer.toString(p.active())), new Label(ContainerFormat.bytes(p.size())), reclaim);
        }
        Label total = new Label(ContainerFormat.bytes(u.totalSize()));
        total.getStyleClass().add(Styles.TEXT_BOLD);
        Label totalFree = new Label(ContainerFormat.bytes(u.totalReclaimable()));
        totalFree.getStyleClass().add(Styles.TEXT_BOLD);
        usageTable.addRow(parts.size() + 1, header("Total"), new Label(), new Label(), total, totalFree);
    }

    /** The chart's key: a swatch per series, coloured by the same CSS as the bars. */
    private static Node chartKey() {
        HBox key = new HBox(14);
        key.setId("disk-usage-key");
        key.getStyleClass().add("disk-usage-key");
        for (String[] entry : new String[][] {{"In use", "key-used"}, {"Reclaimable", "key-reclaimable"}}) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("key-swatch", entry[1]);
            Label label = new Label(entry[0], swatch);
            label.getStyleClass().add(Styles.TEXT_SMALL);
            key.getChildren().add(label);
        }
        return key;
    }

    private static String percent(long part, long whole) {
        return whole <= 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    private Node tile(String id, String caption, String value, AppIcon icon, String pageId) {
        Label number = new Label(value, Controls.icon(icon));
        number.getStyleClass().addAll("tile-value", Styles.TITLE_2);
        number.setId(id);
        Label what = new Label(caption);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        Button box = new Button();
        box.setGraphic(new VBox(2, number, what));
        box.getStyleClass().addAll("dashboard-tile", Controls.BOX, Styles.FLAT);
        box.setTooltip(new Tooltip("Show the " + pageId + " page"));
        // the tile shows a number and a word as a graphic: say both to a screen reader
        box.accessibleTextProperty().bind(javafx.beans.binding.Bindings.concat(number.textProperty(), " ", caption,
                ", show the ", pageId, " page"));
        box.setOnAction(e -> navigator.showPage(pageId));
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private static VBox card(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(8, heading, content);
        card.getStyleClass().addAll("dashboard-card", Controls.BOX);
        return card;
    }

    /** One event: time, type and what happened to what. */
    private static final class EventCell extends ListCell<EngineEvent> {
        private final Label time = new Label();
        private final Label type = new Label();
        private final Label text = new Label();
        private final HBox box = new HBox(10, time, type, text);

        EventCell() {
            time.getStyleClass().addAll("event-time", Styles.TEXT_MUTED);
            type.getStyleClass().add("event-type");
            text.getStyleClass().add("event-text");
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(EngineEvent e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            time.setText(DashboardFormat.clock(e, ZoneId.systemDefault()));
            type.setText(e.type());
            text.setText(DashboardFormat.describe(e).substring(e.type().length()).trim());
            setGraphic(box);
        }
    }
}
