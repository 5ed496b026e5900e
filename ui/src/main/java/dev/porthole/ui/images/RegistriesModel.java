package dev.porthole.ui.images;

import dev.porthole.ui.lists.EngineList;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.RegistryLogins;
import dev.porthole.model.RegistryCredential;
import dev.porthole.ui.shell.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Registry sign-ins: the registries config.json lists, sign-in (checked by the engine against the registry before
 * anything is saved) and sign-out. File and helper work runs off the FX thread too: a credential helper may wait
 * for a keyring.
 */
final class RegistriesModel {

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final RegistryLogins logins;
    private final ObservableList<String> registries = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty problem = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    RegistriesModel(EngineConnection connection, TaskRunner tasks, RegistryLogins logins) {
        this.connection = connection;
        this.tasks = tasks;
        this.logins = logins;
    }

    /** The registries signed in to, sorted. */
    ObservableList<String> registries() {
        return registries;
    }

    /** What the last sign-in or sign-out did. */
    StringProperty messageProperty() {
        return message;
    }

    /** Why the last action failed, or null. */
    StringProperty problemProperty() {
        return problem;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    /** Where the sign-ins are kept, for the dialog to say. */
    String file() {
        return logins.file().toString();
    }

    /** Reads the list again. */
    void reload() {
        run(logins::registries, null);
    }

    /** Checks the credential with the registry through the engine, then stores it. The password is not kept. */
    void signIn(String registry, String username, char[] password) {
        String host = registry == null ? "" : RegistryLogins.host(registry);
        if (host.isEmpty() || host.chars().anyMatch(Character::isWhitespace)) {
            problem.set("Enter the registry as host or host:port, such as 127.0.0.1:5001.");
            return;
        }
        if (username == null || username.isBlank()) {
            problem.set("Enter your user name for " + host + ".");
            return;
        }
        String secret = new String(password);
        java.util.Arrays.fill(password, '\0');
        String user = username.strip();
        run(() -> {
            RegistryCredential credential = new RegistryCredential(host, user, secret);
            String token = connection.requireEngine().checkRegistryLogin(credential);
            // as docker login: a registry that hands out an identity token gets that stored, not the password
            logins.save(token == null ? credential
                    : new RegistryCredential(host, RegistryCredential.TOKEN_USER, token));
            return logins.registries();
        }, "Signed in to " + host + " as " + user + ".");
    }

    /** Forgets the sign-in of {@code registry} (its helper's entry too). */
    void signOut(String registry) {
        run(() -> {
            logins.remove(registry);
            return logins.registries();
        }, "Signed out of " + registry + ".");
    }

    private void run(java.util.concurrent.Callable<List<String>> work, String done) {
        busy.set(true);
        problem.set(null);
        tasks.run(work, list -> {
            busy.set(false);
            registries.setAll(list);
            if (done != null) {
                message.set(done);
            }
        }, failure -> {
            busy.set(false);
            message.set(null);
            problem.set(EngineList.describe(failure));
        });
    }
}
