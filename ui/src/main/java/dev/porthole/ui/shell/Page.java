package dev.porthole.ui.shell;

import dev.porthole.icons.AppIcon;
import javafx.scene.Node;

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
