package dev.porthole.ui.shell;

import dev.porthole.icons.AppIcon;
import dev.porthole.ui.commands.Command;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The wiring every page repeats: its id, title and icon, the root node and commands of its view, and the parts
 * (model, dialogs, timers) that close with it. A page builds its model and view in its constructor and hands them
 * over with {@link #closes} and {@link #show}; what it does on show and hide stays its own.
 */
public abstract class AbstractPage implements Page {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractPage.class);

    private final String id;
    private final String title;
    private final AppIcon icon;
    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private Node view;
    private Supplier<List<Command>> commands = List::of;

    protected AbstractPage(String id, String title, AppIcon icon) {
        this.id = Objects.requireNonNull(id);
        this.title = Objects.requireNonNull(title);
        this.icon = Objects.requireNonNull(icon);
    }

    /** Makes {@code root} the page's view, offering {@code commands}; called once, from the constructor. */
    protected final void show(Node root, Supplier<List<Command>> commands) {
        this.view = Objects.requireNonNull(root);
        this.commands = Objects.requireNonNull(commands);
    }

    /** Makes {@code root} the page's view, with no commands of its own. */
    protected final void show(Node root) {
        show(root, List::of);
    }

    /** Closes {@code part} when the page closes; parts close in the reverse order they were handed in. */
    protected final <T extends AutoCloseable> T closes(T part) {
        parts.push(Objects.requireNonNull(part));
        return part;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final AppIcon icon() {
        return icon;
    }

    @Override
    public final Node view() {
        return view;
    }

    @Override
    public List<Command> commands() {
        return commands.get();
    }

    @Override
    public final void close() {
        while (!parts.isEmpty()) {
            try {
                parts.pop().close();
            } catch (Exception e) {
                // one part failing must not keep the others (streams, timers) open
                LOG.warn("Could not close part of the {} page", id, e);
            }
        }
    }
}
