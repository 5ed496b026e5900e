package dev.porthole.ui.shell;

import dev.porthole.icons.AppIcon;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A page that only shows its title ({@code #page-ID}), counting how often it was shown: a stand-in for the pages a
 * test does not exercise.
 */
public final class LabelPage extends AbstractPage {

    int shown;
    int hidden;

    public LabelPage(String id, String title, AppIcon icon) {
        super(id, title, icon);
        Label label = new Label(title + " content");
        label.setId("page-" + id);
        show(new StackPane(label));
    }

    /** The Learn page's stand-in (the last in the sidebar). */
    public static LabelPage learn() {
        return new LabelPage("learn", "Learn", AppIcon.LEARN);
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
