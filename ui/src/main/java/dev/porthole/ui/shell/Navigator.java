package dev.porthole.ui.shell;

/** Moves the main window between pages; pages get it to jump to related things. */
public interface Navigator {

    /** Shows the page with this id (see {@link Page#id()}). */
    void showPage(String pageId);

    /** Shows the containers page with this container selected. */
    void showContainer(String containerId);

    /** Shows the layers page reading this engine image (a reference or id). */
    default void showLayers(String imageReference) {
        showPage("layers");
    }
}
