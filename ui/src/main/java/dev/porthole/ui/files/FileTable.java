package dev.porthole.ui.files;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.FileEntry;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.stats.StatsFormat;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/** One folder's entries: name (with a kind icon and link target), size, mode, modified. Double-click or Enter opens. */
final class FileTable extends TableView<FileEntry> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Consumer<FileEntry> onOpen = e -> { };

    FileTable() {
        setId("files-table");
        getStyleClass().add(Styles.DENSE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Empty folder"));

        TableColumn<FileEntry, FileEntry> name = new TableColumn<>("Name");
        name.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FileEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(e.linkTarget() != null ? e.name() + " → " + e.linkTarget() : e.name());
                setGraphic(Controls.icon(switch (e.kind()) {
                    case FOLDER -> AppIcon.FOLDER;
                    case SYMLINK -> AppIcon.LINK;
                    default -> AppIcon.FILE;
                }));
            }
        });
        name.setPrefWidth(200);
        name.setSortable(false);
        TableColumn<FileEntry, String> size = text("Size", 90,
                e -> e.kind() == FileEntry.Kind.FILE ? StatsFormat.memory(e.size()) : "");
        TableColumn<FileEntry, String> mode = text("Mode", 70, e -> String.format("%04o", e.mode()));
        TableColumn<FileEntry, String> modified = text("Modified", 130,
                e -> e.modified() == null ? "" : TIME.format(e.modified()));
        modified.setMinWidth(125);
        size.setMinWidth(70);
        mode.setMinWidth(55);
        getColumns().setAll(java.util.List.of(name, size, mode, modified));

        setRowFactory(t -> {
            TableRow<FileEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    void setOnOpen(Consumer<FileEntry> onOpen) {
        this.onOpen = onOpen;
    }

    private static TableColumn<FileEntry, String> text(String title, double width,
                                                       java.util.function.Function<FileEntry, String> value) {
        TableColumn<FileEntry, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setMaxWidth(width * 1.6);
        col.setSortable(false);
        col.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return col;
    }
}
