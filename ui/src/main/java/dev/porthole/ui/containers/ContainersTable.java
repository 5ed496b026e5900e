package dev.porthole.ui.containers;

import atlantafx.base.theme.Styles;
import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import dev.porthole.model.PortMapping;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The container list: name, image, state badge, status, port links and age; multi-select, sorted by name. */
final class ContainersTable extends TableView<ContainerRow> {

    private final Consumer<String> openUrl;

    ContainersTable(ObservableList<ContainerRow> rows, Consumer<String> openUrl) {
        this.openUrl = openUrl;
        setId("containers-table");
        getStyleClass().addAll("containers-table", Styles.STRIPED);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // all columns share the width; the max widths leave what is left over to name and image
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setPlaceholder(new Label("No containers to show"));

        SortedList<ContainerRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);

        TableColumn<ContainerRow, String> name = textColumn("Name", 150, ContainerSummary::name);
        name.setMinWidth(100);
        name.setId("col-name");
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        TableColumn<ContainerRow, String> image = textColumn("Image", 150, ContainerSummary::image);
        image.setMinWidth(100);
        image.setComparator(String.CASE_INSENSITIVE_ORDER);

        TableColumn<ContainerRow, ContainerState> state = column("State", 95, ContainerSummary::state);
        state.setMinWidth(90);
        state.setMaxWidth(120);
        state.setCellFactory(c -> new StateCell());
        state.setComparator(Comparator.comparing(ContainerFormat::stateLabel));

        TableColumn<ContainerRow, String> status = textColumn("Status", 140, ContainerSummary::status);
        status.setMinWidth(90);
        status.setMaxWidth(240);

        TableColumn<ContainerRow, List<PortMapping>> ports = column("Ports", 230, ContainerSummary::ports);
        ports.setMinWidth(120);
        ports.setMaxWidth(320);
        ports.setCellFactory(c -> new PortsCell());
        ports.setSortable(false);

        TableColumn<ContainerRow, Instant> created = column("Created", 140, ContainerSummary::created);
        created.setMinWidth(135);
        created.setMaxWidth(170);
        created.setCellFactory(c -> new CreatedCell());
        created.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));

        getColumns().setAll(List.of(name, image, state, status, ports, created));
        getSortOrder().add(name);
    }

    /** Adds the live "CPU · Memory" column after State, fed by the page's stats hub. */
    void addUsageColumn(dev.porthole.ui.stats.StatsHub hub) {
        getColumns().add(Math.min(3, getColumns().size()), dev.porthole.ui.stats.UsageColumn.create(hub));
    }

    private static <T> TableColumn<ContainerRow, T> column(String title, double width,
                                                          Function<ContainerSummary, T> value) {
        TableColumn<ContainerRow, T> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(cd -> cd.getValue().summaryProperty().map(value));
        return col;
    }

    private static TableColumn<ContainerRow, String> textColumn(String title, double width,
                                                               Function<ContainerSummary, String> value) {
        TableColumn<ContainerRow, String> col = column(title, width, value);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return col;
    }

    /** The state as a coloured badge that also says the word, so colour is never the only cue. */
    private static final class StateCell extends TableCell<ContainerRow, ContainerState> {
        private final Label badge = new Label();

        StateCell() {
            badge.getStyleClass().add("state-badge");
        }

        @Override
        protected void updateItem(ContainerState state, boolean empty) {
            super.updateItem(state, empty);
            setText(null);
            if (empty || state == null) {
                setGraphic(null);
                return;
            }
            badge.getStyleClass().removeAll(ContainerFormat.allStateStyleClasses());
            badge.getStyleClass().add(ContainerFormat.stateStyleClass(state));
            badge.setText(ContainerFormat.stateLabel(state));
            setGraphic(badge);
        }
    }

    /** Published ports as links to http://localhost:PORT; the others as plain text. */
    private final class PortsCell extends TableCell<ContainerRow, List<PortMapping>> {
        @Override
        protected void updateItem(List<PortMapping> ports, boolean empty) {
            super.updateItem(ports, empty);
            setText(null);
            if (empty || ports == null || ports.isEmpty()) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            HBox box = new HBox(2);
            box.setAlignment(Pos.CENTER_LEFT);
            for (PortMapping p : ContainerFormat.displayPorts(ports)) {
                box.getChildren().add(portNode(p, openUrl));
            }
            setGraphic(box);
            setTooltip(new Tooltip(ContainerFormat.portsText(ports)));
        }
    }

    /** A link for a published TCP port, a plain label otherwise. */
    static Node portNode(PortMapping p, Consumer<String> openUrl) {
        String url = ContainerFormat.portUrl(p);
        if (url == null) {
            Label label = new Label(ContainerFormat.portLabel(p));
            label.getStyleClass().addAll("port-label", Styles.TEXT_MUTED);
            return label;
        }
        Hyperlink link = new Hyperlink(ContainerFormat.portLabel(p));
        link.getStyleClass().add("port-link");
        link.setTooltip(new Tooltip("Open " + url));
        link.setOnAction(e -> {
            link.setVisited(false);
            openUrl.accept(url);
        });
        return link;
    }

    /** "3 minutes ago", with the exact time in a tooltip. */
    private static final class CreatedCell extends TableCell<ContainerRow, Instant> {
        @Override
        protected void updateItem(Instant created, boolean empty) {
            super.updateItem(created, empty);
            if (empty || created == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(ContainerFormat.relativeTime(created, Instant.now()));
            setTooltip(new Tooltip(ContainerFormat.exactTime(created, ZoneId.systemDefault())));
        }
    }
}
