package dev.porthole.ui.lists;

import dev.porthole.ui.shell.Navigator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A navigator for a page shown alone: it goes nowhere, and notes where the page asked to go. */
public final class RecordingNavigator implements Navigator {

    /** The page ids asked for, in order. */
    public final List<String> pages = new CopyOnWriteArrayList<>();
    /** The containers asked for, in order. */
    public final List<String> containers = new CopyOnWriteArrayList<>();

    @Override
    public void showPage(String pageId) {
        pages.add(pageId);
    }

    @Override
    public void showContainer(String containerId) {
        containers.add(containerId);
    }
}
