package dev.porthole.ui.shell;

import atlantafx.base.theme.Styles;
import dev.porthole.icons.AppIcon;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** A page that is not built yet: says so plainly, and what it will do. Needs no engine. */
public final class ComingPage implements Page {

    private final String id;
    private final String title;
    private final AppIcon icon;
    private final String summary;
    private final List<String> plans;
    private Node view;

    public ComingPage(String id, String title, AppIcon icon, String summary, List<String> plans) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.summary = summary;
        this.plans = List.copyOf(plans);
    }

    /** The pages Porthole does not have yet, in sidebar order. */
    public static ComingPage dashboard() {
        return new ComingPage("dashboard", "Dashboard", AppIcon.DASHBOARD,
                "One look at your engine and what it is doing.",
                List.of("Running, stopped and paused containers at a glance",
                        "CPU and memory of the busiest containers",
                        "Disk used by images, containers, volumes and build cache",
                        "Recent engine events"));
    }

    public static ComingPage volumes() {
        return new ComingPage("volumes", "Volumes", AppIcon.VOLUME,
                "The engine's volumes and who uses them.",
                List.of("Every volume with its driver, size and mount point",
                        "Which containers use each one",
                        "Create, inspect, remove, and prune the unused ones"));
    }

    public static ComingPage networks() {
        return new ComingPage("networks", "Networks", AppIcon.NETWORK,
                "The engine's networks and what is attached to them.",
                List.of("Every network with its driver, subnet and gateway",
                        "The containers on each network with their addresses",
                        "Create, inspect and remove networks"));
    }

    public static ComingPage dockerfile() {
        return new ComingPage("dockerfile", "Dockerfile", AppIcon.DOCKERFILE,
                "An editor that knows Dockerfiles.",
                List.of("Highlighting and completion of instructions",
                        "Lint warnings with one-click fixes",
                        "Templates for common stacks",
                        "Build to an image with live progress"));
    }

    public static ComingPage learn() {
        return new ComingPage("learn", "Learn", AppIcon.LEARN,
                "Short hands-on lessons about containers.",
                List.of("Images, containers, volumes and networks, one step at a time",
                        "Each step checks your progress against the real engine"));
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
            view = createView();
        }
        return view;
    }

    private Node createView() {
        FontIcon big = FontIcon.of(icon.ikon());
        big.getStyleClass().add("coming-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        Label badge = new Label("Not built yet", FontIcon.of(AppIcon.COMING.ikon()));
        badge.setId("coming-badge");
        badge.getStyleClass().add("coming-badge");
        Label lead = new Label(summary);
        lead.getStyleClass().add("coming-summary");
        lead.setWrapText(true);
        VBox list = new VBox();
        list.getStyleClass().add("coming-plans");
        for (String plan : plans) {
            Label l = new Label("•  " + plan);
            l.setWrapText(true);
            list.getChildren().add(l);
        }
        Label when = new Label("This page is planned for a coming version of Porthole.");
        when.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(big, heading, badge, lead, list, when);
        box.getStyleClass().add("coming-page");
        box.setId("page-" + id);
        box.setAlignment(Pos.CENTER);
        box.setFillWidth(false);
        box.setMaxWidth(520);
        VBox outer = new VBox(box);
        outer.setAlignment(Pos.CENTER);
        return outer;
    }
}
