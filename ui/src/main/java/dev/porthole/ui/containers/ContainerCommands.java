package dev.porthole.ui.containers;

import dev.porthole.icons.AppIcon;
import dev.porthole.model.ContainerSummary;
import dev.porthole.ui.commands.Command;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The containers page's commands for the palette and the menu bar: each {@link ContainerAction} (run the way its
 * toolbar button runs it, enabled by the same rule), open logs, the detail tabs, filter and refresh.
 */
final class ContainerCommands {

    private ContainerCommands() {
    }

    /**
     * @param act     runs an action as the toolbar does (remove asks first)
     * @param logs    the page's open-logs command
     * @param showTab selects a detail tab by node id and focuses it
     * @param filter  focuses the filter box
     */
    static List<Command> of(ContainersModel model, Consumer<ContainerAction> act, Command logs,
                            Consumer<String> showTab, Runnable filter) {
        List<Command> commands = new ArrayList<>();
        for (ContainerAction action : ContainerAction.values()) {
            commands.add(Command.action("container." + action.id(), action.commandName(), () -> act.accept(action))
                    .withIcon(action.icon()).withShortcut(action.shortcut())
                    .enabledWhen(model.allowed(action), () -> whyNot(model, action)));
        }
        commands.add(logs);
        BooleanBinding one = Bindings.size(model.selection()).isEqualTo(1);
        commands.add(tab(showTab, model, one, "details", "Show container details", AppIcon.INFO, "tab-overview"));
        commands.add(tab(showTab, model, one, "terminal", "Open terminal in container", AppIcon.TERMINAL, "tab-terminal")
                .withShortcut(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN)));
        commands.add(tab(showTab, model, one, "stats", "Show container stats", AppIcon.STATS, "tab-stats"));
        commands.add(tab(showTab, model, one, "processes", "Show container processes", AppIcon.PROCESSES, "tab-processes"));
        commands.add(tab(showTab, model, one, "files", "Browse container files", AppIcon.FOLDER, "tab-files"));
        commands.add(Command.action("container.filter", "Filter containers", filter).withIcon(AppIcon.SEARCH)
                .withShortcut(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)));
        commands.add(Command.action("container.refresh", "Refresh containers", model::refreshAll)
                .withIcon(AppIcon.REFRESH).withShortcut(ContainersToolbar.REFRESH_KEY));
        return List.copyOf(commands);
    }

    private static Command tab(Consumer<String> showTab, ContainersModel model, BooleanBinding one, String id,
                               String name, AppIcon icon, String tabId) {
        return Command.action("container." + id, name, () -> showTab.accept(tabId))
                .withIcon(icon)
                .enabledWhen(one, () -> model.selection().isEmpty() ? "Select a container first"
                        : "Select just one container");
    }

    /** Why an action cannot run on the selection now. */
    static String whyNot(ContainersModel model, ContainerAction action) {
        if (model.staleProperty().get()) {
            return "The engine is not connected";
        }
        List<ContainerSummary> selected = model.selectedSummaries();
        if (selected.isEmpty()) {
            return "Select a container first";
        }
        return selected.stream().filter(c -> !action.allows(List.of(c))).findFirst()
                .map(c -> c.name() + " is " + ContainerFormat.stateLabel(c.state()).toLowerCase(Locale.ROOT))
                .orElse("Not possible now");
    }
}
