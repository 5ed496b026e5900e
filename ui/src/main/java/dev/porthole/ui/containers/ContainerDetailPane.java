package dev.porthole.ui.containers;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.ContainerDetails;
import dev.porthole.model.SecretKeys;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.controls.JsonViewer;
import dev.porthole.ui.controls.KeyValueTable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The single selected container in tabs: Overview, Ports, Mounts, Networks, Labels, Environment, JSON. Secret
 * looking values stay masked (in the tables and the JSON) until revealed one by one or all at once.
 */
final class ContainerDetailPane extends StackPane {

    private final ContainersModel model;
    private final Consumer<String> openUrl;
    private final Label title = new Label();
    private final Label badge = new Label();
    private final ToggleButton revealAll = new ToggleButton("Reveal secrets", Controls.icon(AppIcon.REVEAL));
    private final Tab overview = tab("Overview");
    private final Tab ports = tab("Ports");
    private final Tab mounts = tab("Mounts");
    private final Tab networks = tab("Networks");
    private final Tab labelsTab = tab("Labels");
    private final Tab environmentTab = tab("Environment");
    private final Tab jsonTab = tab("JSON");
    private final KeyValueTable labels = new KeyValueTable("Label", "Value");
    private final KeyValueTable environment = new KeyValueTable("Variable", "Value");
    private final JsonViewer json = new JsonViewer();
    private final BorderPane content = new BorderPane();
    private final Label placeholder = new Label();
    private String shownId;
    private final ContainerLiveTabs live;
    private final dev.porthole.ui.logs.LogsTab logs;
    private final TabPane tabs;

    ContainerDetailPane(ContainersModel model, Consumer<String> openUrl) {
        this(model, openUrl, null);
    }

    /** @param live the Stats, Processes, Files and Terminal tabs, or null for none */
    ContainerDetailPane(ContainersModel model, Consumer<String> openUrl, ContainerLiveTabs live) {
        this.model = model;
        this.live = live;
        this.logs = new dev.porthole.ui.logs.LogsTab(model.connection(), model.tasks(),
                () -> model.preferences().logBufferLines());
        this.openUrl = openUrl;
        setId("container-details");
        getStyleClass().add("container-details");

        title.getStyleClass().add(Styles.TITLE_4);
        title.setId("details-title");
        badge.getStyleClass().add("state-badge");
        revealAll.setId("reveal-secrets");
        revealAll.setTooltip(new Tooltip("Show the values of secret-looking variables and labels"));
        revealAll.getStyleClass().add(Styles.SMALL);
        labels.setId("detail-labels");
        labels.revealAllProperty().bind(revealAll.selectedProperty());
        environment.setId("detail-environment");
        environment.revealAllProperty().bind(revealAll.selectedProperty());
        json.setId("detail-json");
        labelsTab.setContent(labels);
        environmentTab.setContent(environment);
        jsonTab.setContent(json);
        revealAll.selectedProperty().addListener((o, was, now) -> showJson(model.details().detailsProperty().get()));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(10, title, badge, grow, revealAll);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 2, 8));

        tabs = new TabPane(overview, logs.tab(), ports, mounts, networks, labelsTab, environmentTab, jsonTab);
        if (live != null) {
            tabs.getTabs().addAll(live.tabs());
        }
        tabs.setId("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        content.setTop(header);
        content.setCenter(tabs);

        placeholder.getStyleClass().addAll("detail-placeholder", Styles.TEXT_MUTED);
        getChildren().addAll(content, placeholder);

        model.details().detailsProperty().addListener((o, was, now) -> show(now));
        model.details().errorProperty().addListener((o, was, now) -> updatePlaceholder());
        model.selection().addListener((javafx.beans.Observable o) -> updatePlaceholder());
        show(model.details().detailsProperty().get());
    }

    /** Selects the tab with this node id ({@code tab-terminal}…) and gives the tabs the keyboard focus. */
    void showTab(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        if (content.isVisible()) {
            tabs.requestFocus();
            return;
        }
        // the details are still loading: focus them when they show
        content.visibleProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    content.visibleProperty().removeListener(this);
                    tabs.requestFocus();
                }
            }
        });
    }

    private static Tab tab(String text) {
        Tab tab = new Tab(text);
        tab.setId("tab-" + text.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }

    private void show(ContainerDetails details) {
        updatePlaceholder();
        if (details == null) {
            return;
        }
        boolean sameContainer = details.summary().id().equals(shownId);
        if (!sameContainer) {
            revealAll.setSelected(false);
        }
        shownId = details.summary().id();
        title.setText(details.summary().name());
        badge.getStyleClass().removeAll(ContainerFormat.allStateStyleClasses());
        badge.getStyleClass().add(ContainerFormat.stateStyleClass(details.summary().state()));
        badge.setText(ContainerFormat.stateLabel(details.summary().state()));
        overview.setContent(DetailTables.overview(details.overview()));
        ports.setContent(DetailTables.ports(details.summary().ports(), openUrl));
        mounts.setContent(DetailTables.mounts(details.mounts()));
        networks.setContent(DetailTables.networks(details.networks()));
        labels.setEntries(new TreeMap<>(details.labels()), sameContainer);
        environment.setEntries(details.environment(), sameContainer);
        showJson(details);
    }

    private void showJson(ContainerDetails details) {
        if (details == null) {
            json.setJson("");
            return;
        }
        json.setCaption("Inspect of " + details.summary().name()
                + (revealAll.isSelected() ? "" : " (secret-looking values masked)"));
        json.setJson(revealAll.isSelected() ? details.json() : SecretKeys.maskInspectJson(details.json()));
    }

    private void updatePlaceholder() {
        int selected = model.selection().size();
        ContainerDetails current = model.details().detailsProperty().get();
        logs.show(selected == 1 && current != null ? current.summary() : null);
        if (live != null) {
            // the live tabs follow the one container shown, and close when there is none
            ContainerDetails shown = model.details().detailsProperty().get();
            live.show(selected == 1 && shown != null ? shown.summary() : null);
        }
        String error = model.details().errorProperty().get();
        boolean ready = selected == 1 && model.details().detailsProperty().get() != null;
        content.setVisible(ready);
        placeholder.setVisible(!ready);
        placeholder.setText(selected == 0 ? "Select a container to see its details"
                : selected > 1 ? selected + " containers selected"
                : error != null ? error : "Loading…");
    }
}
