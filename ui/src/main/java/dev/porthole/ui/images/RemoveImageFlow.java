package dev.porthole.ui.images;

import dev.porthole.model.ContainerSummary;
import dev.porthole.ui.containers.ContainerFormat;
import dev.porthole.ui.controls.ConfirmDialog;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/**
 * Remove, asked first. A row whose image has other tags is only untagged (the engine allows that even while
 * containers use it). Removing the last tag, or an untagged image, the engine refuses while containers use it:
 * the dialog then names them with their states and the confirm button waits for "force". A refusal the engine
 * still gives (a running container with an untagged image) lands in the page's banner.
 */
final class RemoveImageFlow {

    private final ImagesModel model;
    private final Supplier<Window> owner;

    RemoveImageFlow(ImagesModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    /** Looks up the containers using the image, then asks, then removes. */
    void start(ImageRow row) {
        model.containersUsing(row, containers -> ask(row, containers));
    }

    private void ask(ImageRow row, List<ContainerSummary> containers) {
        boolean untagOnly = !row.dangling() && !row.otherTags().isEmpty();
        String what = row.dangling() ? "image " + row.shortId() : row.reference();
        ConfirmDialog dialog;
        if (untagOnly) {
            dialog = new ConfirmDialog("Remove tag", "Remove the tag " + row.reference() + "?",
                    List.of(row.reference()), "Remove tag")
                    .withNote("Image " + row.shortId() + " stays: it is still tagged "
                            + String.join(", ", row.otherTags()) + ".");
        } else {
            String item = (row.dangling() ? "<none> " : row.reference() + " — ") + row.shortId() + ", "
                    + ContainerFormat.bytes(row.image().size());
            dialog = new ConfirmDialog("Remove image", "Remove " + what + "?", List.of(item), "Remove");
            if (!containers.isEmpty()) {
                dialog.withNote(usedBy(containers, row.dangling()))
                        .withForce("Force: remove it even though containers use it", true);
            } else {
                dialog.withNote("Layers no other image uses are deleted. This cannot be undone.");
            }
        }
        dialog.owner(owner.get())
                .ask()
                .ifPresent(decision -> model.remove(row, decision.force()));
    }

    /** "Used by 2 containers: web (running), job (exited). …" — the note under the list. */
    static String usedBy(List<ContainerSummary> containers, boolean untagged) {
        StringBuilder s = new StringBuilder("Used by ").append(containers.size())
                .append(containers.size() == 1 ? " container: " : " containers: ");
        for (int i = 0; i < containers.size(); i++) {
            ContainerSummary c = containers.get(i);
            s.append(i == 0 ? "" : ", ").append(c.name()).append(" (").append(c.state().word()).append(')');
        }
        boolean running = containers.stream().anyMatch(c -> c.state().needsForceToRemove());
        s.append(". The engine refuses without force.");
        if (!running) {
            s.append(" With force the image goes; the containers keep their files.");
        } else if (untagged) {
            s.append(" A running container uses it, so the engine refuses even with force: stop it first.");
        } else {
            s.append(" With force the tag goes; the running container keeps the image as <none>.");
        }
        return s.toString();
    }
}
