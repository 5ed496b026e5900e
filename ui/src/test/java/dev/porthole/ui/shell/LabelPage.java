package dev.porthole.ui.shell;

import dev.porthole.icons.AppIcon;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** A page that only shows its title, counting how often it was shown: a stand-in for the engine pages. */
final class LabelPage implements Page {

    private final String id;
    private final String title;
    private final AppIcon icon;
    private StackPane view;
    int shown;
    int hidden;

    LabelPage(String id, String title, AppIcon icon) {
        this.id = id;
        this.title = title;
        this.icon = icon;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public AppIcon icon() {
        return icon;
    }

    @Override
    public Node view() {
        if (view == null) {
            Label label = new Label(title + " content");
            label.setId("page-" + id);
            view = new StackPane(label);
        }
        return view;
    }

    @Override
    public void onShow() {
        shown++;
    }

    @Override
    public void onHide() {
        hidden++;
    }
}
