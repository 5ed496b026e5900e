package dev.porthole.ui.containers;

import dev.porthole.engine.Engine;
import dev.porthole.icons.AppIcon;
import dev.porthole.model.ContainerState;
import dev.porthole.model.ContainerSummary;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Collection;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/** What can be done to selected containers, with the state that allows each and the engine call it makes. */
public enum ContainerAction {
    START("start", "Start", "start", AppIcon.START, ContainerState::canStart, Engine::startContainer),
    STOP("stop", "Stop", "stop", AppIcon.STOP, ContainerState::canStop, Engine::stopContainer),
    RESTART("restart", "Restart", "restart", AppIcon.RESTART, ContainerState::canRestart, Engine::restartContainer),
    PAUSE("pause", "Pause", "pause", AppIcon.PAUSE, ContainerState::canPause, Engine::pauseContainer),
    UNPAUSE("unpause", "Unpause", "unpause", AppIcon.UNPAUSE, ContainerState::canUnpause, Engine::unpauseContainer),
    KILL("kill", "Kill", "kill", AppIcon.KILL, ContainerState::canKill, Engine::killContainer),
    /** Asks first; the engine call depends on the force choice, so the model makes it. */
    REMOVE("remove", "Remove…", "remove", AppIcon.REMOVE, ContainerState::canRemove, null);

    private final String id;
    private final String label;
    private final String verb;
    private final AppIcon icon;
    private final Predicate<ContainerState> allowedIn;
    private final BiConsumer<Engine, String> call;

    ContainerAction(String id, String label, String verb, AppIcon icon, Predicate<ContainerState> allowedIn,
                    BiConsumer<Engine, String> call) {
        this.id = id;
        this.label = label;
        this.verb = verb;
        this.icon = icon;
        this.allowedIn = allowedIn;
        this.call = call;
    }

    /** Node id of its toolbar button (#start, #stop…). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The verb in an error message: "Could not stop web-1". */
    public String verb() {
        return verb;
    }

    public AppIcon icon() {
        return icon;
    }

    /** The keyboard shortcut, or null (kill has none: too easy to hit by mistake). */
    public KeyCombination shortcut() {
        return switch (this) {
            case START -> new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
            case STOP -> new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
            case RESTART -> new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                    KeyCombination.SHIFT_DOWN);
            case PAUSE -> new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
            case UNPAUSE -> new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
            case KILL -> null;
            case REMOVE -> new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN);
        };
    }

    /** Its name in the palette and menus: "Stop container", "Remove container…". */
    public String commandName() {
        String verb = label.replace("…", "");
        return verb + " container" + (label.endsWith("…") ? "…" : "");
    }

    /** Allowed only when the selection is not empty and every selected container's state allows it. */
    public boolean allows(Collection<ContainerSummary> selection) {
        return !selection.isEmpty() && selection.stream().allMatch(c -> allowedIn.test(c.state()));
    }

    void apply(Engine engine, String containerId) {
        if (call == null) {
            throw new IllegalStateException(this + " needs the model's own call");
        }
        call.accept(engine, containerId);
    }
}
