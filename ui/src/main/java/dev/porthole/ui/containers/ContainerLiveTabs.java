package dev.porthole.ui.containers;

import atlantafx.base.theme.Styles;
import dev.porthole.engine.EngineConnection;
import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;
import dev.porthole.ui.exec.TerminalPane;
import dev.porthole.ui.files.FilesView;
import dev.porthole.ui.processes.ProcessesView;
import dev.porthole.ui.shell.TaskRunner;
import dev.porthole.ui.stats.StatsHub;
import dev.porthole.ui.stats.StatsView;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;

import java.util.List;
import java.util.function.Supplier;

/**
 * The detail pane's live tabs (Stats, Processes, Files, Terminal) and who owns what: stats and process refreshes
 * run only while their tab is selected; files and terminal sessions live while the same container stays shown.
 * Everything closes when another container is shown, none is, or the page goes.
 */
final class ContainerLiveTabs implements AutoCloseable {

    private final StatsHub hub;
    private final EngineConnection connection;
    private final TaskRunner tasks;
    private final Supplier<String> shell;
    private final Tab stats = tab("Stats");
    private final Tab processes = tab("Processes");
    private final Tab files = tab("Files");
    private final Tab terminal = tab("Terminal");
    private String id;
    private boolean running;
    private boolean paneShown = true;
    private StatsView statsView;
    private ProcessesView processesView;
    private FilesView filesView;
    private TerminalPane terminalPane;

    ContainerLiveTabs(StatsHub hub, EngineConnection connection, TaskRunner tasks) {
        this(hub, connection, tasks, () -> null);
    }

    /** @param shell the terminal's default shell (read when a terminal opens: the preference) */
    ContainerLiveTabs(StatsHub hub, EngineConnection connection, TaskRunner tasks, Supplier<String> shell) {
        this.shell = shell;
        this.hub = hub;
        this.connection = connection;
        this.tasks = tasks;
        for (Tab t : tabs()) {
            t.selectedProperty().addListener((o, was, now) -> update());
        }
    }

    /** The tabs, in order, for the detail pane's tab pane. */
    List<Tab> tabs() {
        return List.of(stats, processes, files, terminal);
    }

    /** Shows this container (null: none); the same container again only updates its running state. */
    void show(ContainerSummary summary) {
        String newId = summary == null ? null : summary.id();
        boolean nowRunning = summary != null && summary.state() == ContainerState.RUNNING;
        if (newId == null || !newId.equals(id)) {
            closeAll();
            id = newId;
            running = nowRunning;
        } else if (nowRunning != running) {
            running = nowRunning;
            closeStats();
            closeProcesses();
            if (!running && terminalPane != null) {
                // sessions end with the container; the pane stays to show that
                terminalPane.close();
                terminalPane = null;
            }
        }
        update();
    }

    /** The page was shown or hidden: streams and refreshes only run while it is shown. */
    void setShown(boolean shown) {
        paneShown = shown;
        update();
    }

    private void update() {
        boolean live = paneShown && id != null;
        if (stats.isSelected() && live && running) {
            if (statsView == null) {
                statsView = new StatsView(hub, id);
                stats.setContent(statsView);
            }
        } else {
            closeStats();
            stats.setContent(id != null && !running ? note("Start the container to see its live stats.") : null);
        }
        if (processes.isSelected() && live && running) {
            if (processesView == null) {
                processesView = new ProcessesView(connection, tasks, id);
                processes.setContent(processesView);
            }
            processesView.start();
        } else if (processesView != null) {
            processesView.stop();
        } else {
            processes.setContent(id != null && !running ? note("Start the container to see its processes.") : null);
        }
        if (files.isSelected() && live) {
            if (filesView == null) {
                filesView = new FilesView(connection, tasks, id);
                files.setContent(filesView);
            }
            filesView.start();
        }
        if (terminal.isSelected() && live) {
            if (running && terminalPane == null) {
                terminalPane = new TerminalPane(connection, tasks, id, shell.get());
                terminal.setContent(terminalPane);
            } else if (!running && terminalPane == null) {
                terminal.setContent(note("Start the container to open a terminal in it."));
            }
            if (terminalPane != null) {
                terminalPane.start();
            }
        }
    }

    private void closeStats() {
        if (statsView != null) {
            statsView.close();
            statsView = null;
        }
    }

    private void closeProcesses() {
        if (processesView != null) {
            processesView.close();
            processesView = null;
        }
    }

    private void closeAll() {
        closeStats();
        closeProcesses();
        if (filesView != null) {
            filesView.close();
            filesView = null;
        }
        if (terminalPane != null) {
            terminalPane.close();
            terminalPane = null;
        }
        for (Tab t : tabs()) {
            t.setContent(null);
        }
    }

    /** Ends everything (the page closes). */
    @Override
    public void close() {
        closeAll();
        id = null;
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Tab tab(String text) {
        Tab tab = new Tab(text);
        tab.setId("tab-" + text.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }
}
