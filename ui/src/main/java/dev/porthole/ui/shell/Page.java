package dev.porthole.ui.shell;

import dev.porthole.icons.AppIcon;
import dev.porthole.ui.commands.Command;
import javafx.scene.Node;

import java.util.List;

/** One page of the main window, shown when its sidebar entry is chosen. */
public interface Page extends AutoCloseable {

    /** Stable id used for the sidebar button (#nav-ID) and to remember the last page. */
    String id();

    /** Title shown in the sidebar and the page header. */
    String title();

    /** The sidebar icon. */
    AppIcon icon();

    /** The page's root node, built once. */
    Node view();

    /**
     * What the page offers on its current selection, for the command palette and the menu bar: the same actions
     * its buttons run, each enabled by the same rule. Built once; enablement follows the selection.
     */
    default List<Command> commands() {
        return List.of();
    }

    /** The page became visible. */
    default void onShow() {
    }

    /** The page was hidden. */
    default void onHide() {
    }

    /** The window is closing: cancel work, close streams. */
    @Override
    default void close() {
    }
}
