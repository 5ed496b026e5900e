package dev.porthole.ui.containers;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.porthole.model.ContainerDetails.MountInfo;
import dev.porthole.model.ContainerDetails.NetworkAttachment;
import dev.porthole.model.PortMapping;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** The simple tabs of the detail pane: overview facts, ports, mounts and networks. */
final class DetailTables {

    private DetailTables() {
    }

    /** Key facts as a two-column grid; values are read-only fields so they can be selected and copied. */
    static ScrollPane overview(Map<String, String> facts) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("overview-grid");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(120);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, values);
        int row = 0;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            Label key = new Label(fact.getKey());
            key.getStyleClass().add(Styles.TEXT_MUTED);
            TextField value = new TextField(fact.getValue() == null ? "" : fact.getValue());
            value.setEditable(false);
            value.getStyleClass().addAll("overview-value", Styles.FLAT);
            grid.addRow(row++, key, value);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    static TableView<PortMapping> ports(List<PortMapping> ports, Consumer<String> openUrl) {
        TableView<PortMapping> table = table("No ports");
        table.setId("detail-ports");
        TableColumn<PortMapping, PortMapping> open = new TableColumn<>("Open");
        open.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        open.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PortMapping p, boolean empty) {
                super.updateItem(p, empty);
                setGraphic(empty || p == null ? null : ContainersTable.portNode(p, openUrl));
            }
        });
        table.getColumns().setAll(List.of(
                col("Container port", p -> String.valueOf(p.privatePort())),
                col("Protocol", PortMapping::protocol),
                col("Host address", p -> p.ip() == null ? "" : p.ip()),
                col("Host port", p -> p.isPublished() ? String.valueOf(p.publicPort()) : "not published"),
                open));
        table.getItems().setAll(ContainerFormat.displayPorts(ports));
        return table;
    }

    static TableView<MountInfo> mounts(List<MountInfo> mounts) {
        TableView<MountInfo> table = table("No mounts");
        table.setId("detail-mounts");
        table.getColumns().setAll(List.of(
                col("Type", MountInfo::type),
                col("Source", MountInfo::source),
                col("Destination", MountInfo::destination),
                col("Mode", m -> m.readWrite() ? "read-write" : "read-only")));
        table.getItems().setAll(mounts);
        return table;
    }

    static TableView<NetworkAttachment> networks(List<NetworkAttachment> networks) {
        TableView<NetworkAttachment> table = table("No networks");
        table.setId("detail-networks");
        table.getColumns().setAll(List.of(
                col("Network", NetworkAttachment::network),
                col("IP address", NetworkAttachment::ipAddress),
                col("Gateway", NetworkAttachment::gateway),
                col("MAC address", NetworkAttachment::macAddress),
                col("Aliases", n -> n.aliases() == null ? "" : String.join(", ", n.aliases()))));
        table.getItems().setAll(networks);
        return table;
    }

    private static <T> TableView<T> table(String placeholder) {
        TableView<T> table = new TableView<>();
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(placeholder));
        return table;
    }

    private static <T> TableColumn<T, String> col(String title, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return col;
    }

    /** A muted, centred line for an empty or failed pane. */
    static Node note(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("detail-note", Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
