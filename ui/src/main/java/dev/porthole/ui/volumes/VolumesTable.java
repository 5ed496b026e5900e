package dev.porthole.ui.volumes;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.porthole.model.VolumeSummary;
import dev.porthole.ui.containers.ContainerFormat;
import dev.porthole.ui.lists.Columns;
import dev.porthole.ui.lists.TextCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The volumes table: name, driver, size, containers using it, created, mount point, labels; sorted by name. */
final class VolumesTable extends TableView<VolumeSummary> {

    VolumesTable() {
        setId("volume-table");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<VolumeSummary, String> name = column("Name", "volume-col-name", VolumeSummary::name, 220);
        name.setCellFactory(c -> new TextCell<>("volume-name", s -> s, s -> s));
        TableColumn<VolumeSummary, String> driver = column("Driver", "volume-col-driver", VolumeSummary::driver, 80);
        driver.setCellFactory(c -> new TextCell<>("volume-driver", s -> s, null));
        TableColumn<VolumeSummary, Long> size = column("Size", "volume-col-size", VolumeSummary::size, 90);
        size.setCellFactory(c -> new TextCell<>("volume-size", VolumeFormat::size,
                b -> b < 0 ? "The engine has not measured this volume" : b + " bytes"));
        TableColumn<VolumeSummary, List<String>> users = column("Used by", "volume-col-containers",
                VolumeSummary::containers, 170);
        users.setCellFactory(c -> new TextCell<>("volume-containers", VolumeFormat::containers,
                n -> n.isEmpty() ? "No container mounts this volume" : "Mounted by " + String.join(", ", n)));
        users.setComparator(Comparator.comparingInt(List::size));
        TableColumn<VolumeSummary, Instant> created = column("Created", "volume-col-created",
                VolumeSummary::created, 130);
        created.setCellFactory(c -> new TextCell<>("volume-created",
                t -> ContainerFormat.relativeTime(t, Instant.now()),
                t -> ContainerFormat.exactTime(t, ZoneId.systemDefault())));
        created.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        TableColumn<VolumeSummary, String> mount = column("Mount point", "volume-col-mountpoint",
                VolumeSummary::mountpoint, 260);
        mount.setCellFactory(c -> new TextCell<>("volume-mountpoint", s -> s, s -> s));
        TableColumn<VolumeSummary, Map<String, String>> labels = column("Labels", "volume-col-labels",
                VolumeSummary::labels, 180);
        labels.setCellFactory(c -> new TextCell<>("volume-labels", VolumeFormat::labels,
                m -> VolumeFormat.labels(m).replace(", ", "\n")));
        labels.setSortable(false);

        getColumns().setAll(List.of(name, driver, size, users, created, mount, labels));
        getSortOrder().add(name);
    }

    private static <T> TableColumn<VolumeSummary, T> column(String title, String id,
                                                            Function<VolumeSummary, T> value, double width) {
        TableColumn<VolumeSummary, T> col = Columns.of(title, id, width, value);
        col.setMinWidth(Math.min(width, 80));
        return col;
    }
}
