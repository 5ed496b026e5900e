package dev.porthole.ui.volumes;

import dev.porthole.model.VolumeSummary;
import dev.porthole.ui.controls.ConfirmDialog;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/**
 * Remove and prune, asked first. A volume in use is not offered for removal: the user is told which containers
 * mount it. Prune first reads the engine's preview, then lists exactly those volumes and the space they free.
 */
final class VolumeRemoval {

    private final VolumesModel model;
    private final Supplier<Window> owner;

    VolumeRemoval(VolumesModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    /** Asks, then removes; a volume in use is refused at once, naming the containers. */
    void remove(VolumeSummary v) {
        if (v.inUse()) {
            Alert refused = new Alert(Alert.AlertType.INFORMATION);
            refused.setTitle("Volume in use");
            refused.setHeaderText("Volume " + v.name() + " is in use");
            refused.setContentText(usedBy(v));
            refused.getDialogPane().setId("volume-in-use");
            if (owner.get() != null) {
                refused.initOwner(owner.get());
            }
            refused.showAndWait();
            return;
        }
        new ConfirmDialog("Remove volume", "Remove volume " + v.name() + "?", List.of(VolumeFormat.pruneItem(v)),
                "Remove")
                .withNote("Its data is deleted. This cannot be undone.")
                .owner(owner.get())
                .ask()
                .ifPresent(d -> model.remove(v));
    }

    /** Reads the preview, shows it, and prunes on confirm. */
    void prune() {
        model.prunePreview(preview -> {
            ConfirmDialog dialog = pruneDialog(preview).owner(owner.get());
            dialog.ask().ifPresent(d -> model.prune(preview, result -> {
                if (!result.failures().isEmpty()) {
                    Alert left = new Alert(Alert.AlertType.INFORMATION);
                    left.setTitle("Prune volumes");
                    left.setHeaderText("Some volumes were taken into use since the preview, so they stay");
                    left.setContentText(String.join("\n", result.failures().stream()
                            .map(f -> f.item().name() + ": " + f.message()).toList()));
                    if (owner.get() != null) {
                        left.initOwner(owner.get());
                    }
                    left.show();
                }
            }));
        });
    }

    /** The preview dialog: every volume that goes with its size, and the total space freed. */
    static ConfirmDialog pruneDialog(List<VolumeSummary> preview) {
        long bytes = VolumeFormat.reclaimable(preview);
        if (preview.isEmpty()) {
            ConfirmDialog none = new ConfirmDialog("Prune volumes", "Nothing to prune",
                    List.of("Every volume is used by a container."), "Prune");
            none.getDialogPane().lookupButton(none.getDialogPane().getButtonTypes().get(1)).setDisable(true);
            return none;
        }
        return new ConfirmDialog("Prune volumes", "Remove " + preview.size() + " unused volume"
                + (preview.size() == 1 ? "" : "s") + "?",
                preview.stream().map(VolumeFormat::pruneItem).toList(), "Prune")
                .withNote("Frees " + VolumeFormat.size(bytes) + ". Volumes no container uses (running or stopped)"
                        + " are deleted with their data. This cannot be undone.");
    }

    /** "Mounted by web, db. Remove those containers first, then the volume." */
    static String usedBy(VolumeSummary v) {
        return "Mounted by " + (v.containers().size() == 1 ? "container " : "containers ")
                + String.join(", ", v.containers()) + ". The engine refuses to remove a volume while any container,"
                + " running or stopped, uses it: remove " + (v.containers().size() == 1 ? "that container" : "those containers")
                + " first.";
    }
}
