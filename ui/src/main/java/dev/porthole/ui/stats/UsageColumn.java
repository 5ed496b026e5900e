package dev.porthole.ui.stats;

import dev.porthole.stats.ContainerStats;
import dev.porthole.ui.containers.ContainerRow;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import java.util.Comparator;

/** The containers table's compact live "CPU · Memory" column, fed by the hub (running containers only). */
public final class UsageColumn {

    private UsageColumn() {
    }

    /** A column showing "12.3% · 45.1 MiB" for each held container; sorts by CPU. */
    public static TableColumn<ContainerRow, ContainerStats> create(StatsHub hub) {
        TableColumn<ContainerRow, ContainerStats> col = new TableColumn<>("CPU · Memory");
        col.setId("col-usage");
        col.setPrefWidth(140);
        col.setMinWidth(110);
        col.setMaxWidth(170);
        col.setCellValueFactory(cd -> hub.series(cd.getValue().id()).latestProperty());
        col.setComparator(Comparator.nullsFirst(Comparator.comparingDouble(ContainerStats::cpuPercent)));
        col.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add("usage-cell");
            }

            @Override
            protected void updateItem(ContainerStats s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : StatsFormat.compact(s));
                if (empty || s == null) {
                    setTooltip(null);
                } else if (getTooltip() == null) {
                    setTooltip(new Tooltip(StatsFormat.summary(s)));
                } else {
                    getTooltip().setText(StatsFormat.summary(s));
                }
            }
        });
        return col;
    }
}
