package dev.porthole.ui.volumes;

import atlantafx.base.theme.Styles;
import dev.porthole.files.VolumeFiles;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.VolumeSummary;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.files.FilesView;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.geometry.Pos;
import javafx.stage.Window;

/**
 * A volume's files, read-only: the container file view on a short-lived helper container that mounts the volume,
 * removed when the window closes. Node ids for tests: {@code #volume-browser}, {@code #volume-browser-status},
 * and the file view's own ({@code #files-view}…).
 */
final class VolumeBrowser extends Dialog<Void> {

    private final VolumesModel model;
    private final BorderPane body = new BorderPane();
    private final Label status = new Label();
    private VolumeFiles files;
    private FilesView view;
    private boolean closed;

    VolumeBrowser(VolumesModel model, VolumeSummary volume) {
        this.model = model;
        setTitle("Files of volume " + volume.name());
        setHeaderText("Volume " + volume.name() + " — read-only, through a helper container removed on close");
        setGraphic(Controls.icon(AppIcon.FOLDER));
        setResizable(true);
        getDialogPane().setId("volume-browser");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        ((Button) getDialogPane().lookupButton(ButtonType.CLOSE)).setId("volume-browser-close");
        status.setId("volume-browser-status");
        status.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        HBox opening = new HBox(10, spinner, status);
        opening.setAlignment(Pos.CENTER_LEFT);
        status.setText("Starting a helper container for " + volume.name() + "…");
        body.setCenter(opening);
        // sized up front: the dialog window keeps the size of its first layout, the spinner's
        setOnShown(e -> Controls.growDialog(this, 920, 600));
        getDialogPane().setContent(body);
        setOnHidden(e -> close(true));

        model.openFiles(volume, opened -> {
            if (closed) {
                model.closeFiles(opened);
                return;
            }
            files = opened;
            view = new FilesView(model.connection(), model.tasks(), opened.containerId());
            body.setCenter(view);
            view.start(VolumeFiles.MOUNT_PATH);
        }, failure -> {
            spinner.setVisible(false);
            status.getStyleClass().add(Styles.DANGER);
            status.setText("Cannot show the files of " + volume.name() + ": " + failure.getMessage());
        });
    }

    /** Centres the window on this one; null leaves it unowned. */
    VolumeBrowser owner(Window window) {
        if (window != null) {
            initOwner(window);
        }
        return this;
    }

    private void close(boolean removeHelper) {
        closed = true;
        if (view != null) {
            view.close();
        }
        if (files != null && removeHelper) {
            model.closeFiles(files);
            files = null;
        }
    }
}
