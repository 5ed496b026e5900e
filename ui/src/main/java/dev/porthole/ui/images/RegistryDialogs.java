package dev.porthole.ui.images;

import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.RegistryLogins;
import dev.porthole.ui.shell.TaskRunner;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Opens the pull, push and sign-in dialogs of the images page, each with a model of its own, and cancels the
 * transfers still running when the page goes.
 */
final class RegistryDialogs implements AutoCloseable {

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final RegistryLogins logins;
    private final List<TransferModel> open = new ArrayList<>();

    RegistryDialogs(EngineConnection connection, TaskRunner tasks, RegistryLogins logins) {
        this.connection = connection;
        this.tasks = tasks;
        this.logins = logins;
    }

    /** Shows the pull dialog (not modal: several pulls may run side by side). */
    TransferDialog pull(Window owner) {
        TransferDialog dialog = TransferDialog.pull(transfer(), owner);
        dialog.show();
        return dialog;
    }

    /** Shows the push dialog for {@code row}'s image. */
    TransferDialog push(ImageRow row, Window owner) {
        TransferDialog dialog = TransferDialog.push(transfer(), row, owner);
        dialog.show();
        return dialog;
    }

    /** Shows the sign-in dialog and waits until it closes. */
    void signIn(Window owner) {
        new RegistriesDialog(new RegistriesModel(connection, tasks, logins), owner).showAndWait();
    }

    private TransferModel transfer() {
        TransferModel model = new TransferModel(connection, tasks, logins);
        open.removeIf(m -> !m.runningProperty().get());
        open.add(model);
        return model;
    }

    @Override
    public void close() {
        open.forEach(TransferModel::close);
        open.clear();
    }
}
