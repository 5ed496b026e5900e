package dev.porthole.ui.files;

import atlantafx.base.theme.Styles;
import dev.porthole.engine.EngineConnection;
import dev.porthole.files.ContainerFiles;
import dev.porthole.files.ContainerPaths;
import dev.porthole.files.FilePreview;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.FileEntry;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.shell.TaskRunner;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The Files tab: a folder of the container's file system at a time (through the archive API), a preview of a
 * small text file, and downloads (a file as itself, a folder as the engine's tar of it).
 */
public final class FilesView extends BorderPane implements AutoCloseable {

    /** The most of a file the preview reads. */
    static final int PREVIEW_CAP = 256 * 1024;

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final String containerId;
    private final TextField pathField = new TextField("/");
    private final FileTable table = new FileTable();
    private final TextArea preview = new TextArea();
    private final Label status = new Label();
    private String folder = "/";
    private long request;
    private boolean loaded;

    public FilesView(EngineConnection connection, TaskRunner tasks, String containerId) {
        this.connection = connection;
        this.tasks = tasks;
        this.containerId = containerId;
        setId("files-view");

        Button up = iconButton(AppIcon.FOLDER_UP, "Up one folder", "files-up");
        up.setOnAction(e -> open(ContainerPaths.parent(folder)));
        Button refresh = iconButton(AppIcon.REFRESH, "List again", "files-refresh");
        refresh.setOnAction(e -> open(folder));
        Button download = new Button("Download…", Controls.icon(AppIcon.DOWNLOAD));
        download.setId("files-download");
        download.setTooltip(new Tooltip("Save the selected file as itself, or a folder as a .tar"));
        download.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        download.setOnAction(e -> download(table.getSelectionModel().getSelectedItem()));
        pathField.setId("files-path");
        pathField.setOnAction(e -> open(pathField.getText().isBlank() ? "/" : pathField.getText().trim()));
        HBox.setHgrow(pathField, Priority.ALWAYS);
        HBox bar = new HBox(6, up, pathField, refresh, download);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane.setMargin(bar, new Insets(0, 0, 6, 0));

        table.setOnOpen(this::openEntry);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.kind() == FileEntry.Kind.FILE) {
                showPreview(now.path());
            }
        });
        preview.setId("files-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.getStyleClass().add("files-preview");
        preview.setStyle("-fx-font-family: monospace;");
        preview.setPromptText("Select a file to see its start");
        SplitPane split = new SplitPane(table, preview);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);

        status.setId("files-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        BorderPane.setMargin(status, new Insets(4, 0, 0, 0));
        setTop(bar);
        setCenter(split);
        setBottom(status);
        setPadding(new Insets(8));
    }

    /** Lists the root the first time the tab is shown. */
    public void start() {
        start("/");
    }

    /** Lists {@code folder} the first time the view is shown. */
    public void start(String folder) {
        if (!loaded) {
            loaded = true;
            open(folder);
        }
    }

    /** Lists this folder. */
    public void open(String path) {
        long mine = ++request;
        status.setText("Listing " + path + "…");
        tasks.run(() -> ContainerFiles.list(connection.requireEngine(), containerId, path), entries -> {
            if (mine == request) {
                folder = path;
                pathField.setText(path);
                table.getItems().setAll(entries);
                status.setText(path + " · " + entries.size() + (entries.size() == 1 ? " entry" : " entries"));
            }
        }, failure -> {
            if (mine == request) {
                status.setText("Could not list " + path + ": " + failure.getMessage());
            }
        });
    }

    /** The folder shown now. */
    public String folder() {
        return folder;
    }

    /** The entries shown now. */
    public List<FileEntry> entries() {
        return List.copyOf(table.getItems());
    }

    private void openEntry(FileEntry entry) {
        switch (entry.kind()) {
            case FOLDER -> open(entry.path());
            case FILE -> showPreview(entry.path());
            case SYMLINK -> followLink(entry);
            case OTHER -> status.setText(entry.path() + " is a device, socket or pipe: nothing to show.");
        }
    }

    private void followLink(FileEntry link) {
        String target = link.linkTarget() == null ? link.path()
                : link.linkTarget().startsWith("/") ? link.linkTarget()
                : ContainerPaths.child(ContainerPaths.parent(link.path()), link.linkTarget());
        tasks.run(() -> ContainerFiles.stat(connection.requireEngine(), containerId, target + "/"), entry -> {
            if (entry != null && entry.isFolder()) {
                open(target);
            } else {
                showPreview(target);
            }
        }, failure -> showPreview(target));
    }

    private void showPreview(String path) {
        long mine = ++request;
        tasks.run(() -> ContainerFiles.preview(connection.requireEngine(), containerId, path, PREVIEW_CAP), p -> {
            if (mine == request) {
                preview.setText(previewText(path, p));
            }
        }, failure -> {
            if (mine == request) {
                preview.setText("Could not read " + path + ": " + failure.getMessage());
            }
        });
    }

    /** What the preview area says for a file. */
    static String previewText(String path, FilePreview p) {
        if (p.linkTarget() != null) {
            return path + " is a link to " + p.linkTarget();
        }
        if (p.binary()) {
            return path + " looks binary (" + p.size() + " bytes): download it to look inside.";
        }
        return p.truncated() ? p.text() + "\n\n[… the first " + PREVIEW_CAP / 1024 + " KiB of " + p.size()
                + " bytes; download the file for the rest]" : p.text();
    }

    private void download(FileEntry entry) {
        if (entry == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + entry.path());
        chooser.setInitialFileName(entry.isFolder() ? entry.name() + ".tar" : entry.name());
        File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen == null) {
            return;
        }
        Path target = chosen.toPath();
        status.setText("Saving " + entry.path() + " to " + target + "…");
        tasks.run(() -> entry.isFolder()
                        ? ContainerFiles.downloadFolderTar(connection.requireEngine(), containerId, entry.path(), target)
                        : ContainerFiles.downloadFile(connection.requireEngine(), containerId, entry.path(), target),
                bytes -> status.setText("Saved " + entry.path() + " to " + target + " (" + bytes + " bytes)"),
                failure -> status.setText("Could not save " + entry.path() + ": " + failure.getMessage()));
    }

    private static Button iconButton(AppIcon icon, String tip, String id) {
        Button b = new Button(null, Controls.icon(icon));
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setId(id);
        return b;
    }

    /** Nothing streams here; later answers are dropped. */
    @Override
    public void close() {
        request++;
    }
}
