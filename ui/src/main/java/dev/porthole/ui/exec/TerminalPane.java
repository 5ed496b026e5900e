package dev.porthole.ui.exec;

import atlantafx.base.theme.Styles;
import dev.porthole.engine.EngineConnection;
import dev.porthole.engine.ExecSession;
import dev.porthole.files.ContainerFiles;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import dev.porthole.ui.shell.TaskRunner;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Terminal tab of one container: pick a shell the image has (or type any command) and open it in a session
 * tab; closing a session tab ends its process's attachment, closing the pane ends them all.
 */
public final class TerminalPane extends BorderPane implements AutoCloseable {

    static final String STYLESHEET = Objects.requireNonNull(
            TerminalPane.class.getResource("/dev/porthole/ui/exec/terminal.css")).toExternalForm();

    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final String containerId;
    private final String preferredShell;
    private final ComboBox<String> command = new ComboBox<>();
    private final TabPane sessions = new TabPane();
    private final Label hint = new Label("Looking for shells…");
    private final List<ExecConsole> consoles = new ArrayList<>();
    private boolean probed;
    private boolean closed;

    public TerminalPane(EngineConnection connection, TaskRunner tasks, String containerId) {
        this(connection, tasks, containerId, null);
    }

    /** @param preferredShell the default shell from the preferences, picked when the image has it; null: the first */
    public TerminalPane(EngineConnection connection, TaskRunner tasks, String containerId, String preferredShell) {
        this.preferredShell = preferredShell;
        this.connection = connection;
        this.tasks = tasks;
        this.containerId = containerId;
        setId("terminal-pane");
        getStylesheets().add(STYLESHEET);
        command.setId("exec-command");
        command.setEditable(true);
        command.setPrefWidth(220);
        command.setTooltip(new Tooltip("A shell the image has, or any command line"));
        Button open = new Button("Open", Controls.icon(AppIcon.TERMINAL));
        open.setId("exec-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(false);
        open.setOnAction(e -> openSession(command.getEditor().getText()));
        command.getEditor().setOnAction(e -> openSession(command.getEditor().getText()));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(6, new Label("Run"), command, open, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        BorderPane.setMargin(bar, new Insets(0, 0, 6, 0));
        sessions.setId("exec-sessions");
        sessions.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        setTop(bar);
        Label empty = new Label("Open a shell to start a session; each session has its own tab.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(sessions.getTabs()));
        setCenter(new StackPane(empty, sessions));
        setPadding(new Insets(8));
    }

    /** Finds the shells the first time the tab is shown. */
    public void start() {
        if (probed) {
            return;
        }
        probed = true;
        tasks.run(() -> ContainerFiles.shells(connection.requireEngine(), containerId), shells -> {
            command.getItems().setAll(shells);
            String pick = ShellChoice.pick(shells, preferredShell);
            if (pick != null) {
                command.getSelectionModel().select(pick);
                command.getEditor().setText(pick);
            }
            hint.setText(ShellChoice.hint(shells, preferredShell));
        }, failure -> hint.setText("Could not look for shells: " + failure.getMessage()));
    }

    /** Opens a session running this command line (split on blanks); returns its console. */
    public ExecConsole openSession(String commandLine) {
        if (closed || commandLine == null || commandLine.isBlank()) {
            return null;
        }
        List<String> argv = List.of(commandLine.trim().split("\\s+"));
        ExecConsole console = new ExecConsole(tasks);
        consoles.add(console);
        Tab tab = new Tab(argv.getFirst().substring(argv.getFirst().lastIndexOf('/') + 1), console);
        tab.setOnClosed(e -> {
            consoles.remove(console);
            console.close();
        });
        sessions.getTabs().add(tab);
        sessions.getSelectionModel().select(tab);
        int[] size = console.size();
        tasks.run(() -> connection.requireEngine().exec(containerId, argv, size[0], size[1], console::output,
                        failure -> tasks.onUi(() -> console.ended(failure == null
                                ? "The session ended." : "The session failed: " + failure.getMessage()))),
                (ExecSession session) -> {
                    if (!consoles.contains(console)) {
                        // the tab was closed while the session was starting; closing blocks briefly, so off the FX thread
                        tasks.run(() -> {
                            session.close();
                            return null;
                        }, done -> { }, failure -> { });
                        return;
                    }
                    console.attach(session, String.join(" ", argv));
                    console.focusInput();
                },
                failure -> console.ended("Could not start " + commandLine + ": " + failure.getMessage()));
        return console;
    }

    /** Ends every session. */
    @Override
    public void close() {
        closed = true;
        List.copyOf(consoles).forEach(ExecConsole::close);
        consoles.clear();
        sessions.getTabs().clear();
    }
}
