package dev.porthole.ui.networks;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.porthole.model.Ids;
import dev.porthole.model.NetworkSummary;
import dev.porthole.ui.lists.Columns;
import dev.porthole.ui.lists.TextCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The networks table: name, id, driver, scope, subnet and gateway, containers attached; sorted by name. */
final class NetworksTable extends TableView<NetworkSummary> {

    NetworksTable() {
        setId("network-table");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<NetworkSummary, String> name = column("Name", "network-col-name", NetworkSummary::name, 220);
        name.setCellFactory(c -> new TextCell<>("network-name", s -> s, s -> s));
        TableColumn<NetworkSummary, String> id = column("ID", "network-col-id", n -> Ids.shortId(n.id()), 110);
        id.setCellFactory(c -> new TextCell<>("network-id", s -> s, null));
        TableColumn<NetworkSummary, String> driver = column("Driver", "network-col-driver",
                NetworkFormat::driver, 120);
        driver.setCellFactory(c -> new TextCell<>("network-driver", s -> s, null));
        TableColumn<NetworkSummary, String> scope = column("Scope", "network-col-scope", NetworkSummary::scope, 70);
        scope.setCellFactory(c -> new TextCell<>("network-scope", s -> s, null));
        TableColumn<NetworkSummary, String> addressing = column("Subnet / gateway", "network-col-subnet",
                NetworkFormat::addressing, 220);
        addressing.setCellFactory(c -> new TextCell<>("network-subnet", s -> s, null));
        TableColumn<NetworkSummary, List<String>> containers = column("Containers", "network-col-containers",
                NetworkSummary::containers, 240);
        containers.setCellFactory(c -> new TextCell<>("network-containers", NetworkFormat::containers,
                n -> n.isEmpty() ? "No container is attached" : String.join("\n", n)));
        containers.setComparator(Comparator.comparingInt(List::size));

        getColumns().setAll(List.of(name, id, driver, scope, addressing, containers));
        getSortOrder().add(name);
    }

    private static <T> TableColumn<NetworkSummary, T> column(String title, String id,
                                                             Function<NetworkSummary, T> value, double width) {
        TableColumn<NetworkSummary, T> col = Columns.of(title, id, width, value);
        col.setMinWidth(Math.min(width, 70));
        return col;
    }
}
