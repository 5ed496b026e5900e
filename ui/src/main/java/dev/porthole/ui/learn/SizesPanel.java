package dev.porthole.ui.learn;

import dev.porthole.dockerfile.BundledText;
import dev.porthole.icons.AppIcon;
import dev.porthole.learn.TutorialSignals;
import dev.porthole.model.ImageSummary;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Lesson 6: the hello image's real size, read from the engine, next to typical base images' sizes. */
final class SizesPanel {

    private static final double BAR_WIDTH = 340;

    private SizesPanel() {
    }

    static VBox create(LearnModel model) {
        String image = model.tutorial().helloImage();
        GridPane bars = new GridPane(10, 4);
        bars.setId("learn-sizes");
        bars.getStyleClass().add("learn-sizes");
        Label status = PanelParts.status("learn-sizes-status");
        Button measure = PanelParts.button("learn-measure", "Read the size from the engine", AppIcon.IMAGE,
                model.engineAvailableProperty().not());
        measure.setOnAction(e -> model.onEngine(engine -> model.checks().image(engine, image).orElse(null), found -> {
            if (found == null) {
                PanelParts.fail(status, image + " is not on the engine", new IllegalStateException(
                        "build it in lesson 3 first."));
                return;
            }
            show(bars, found);
            PanelParts.ok(status, image + " measures " + PanelParts.size(found.size())
                    + " on your engine: the busybox program and the links to it, nothing else.");
            model.signal(TutorialSignals.SIZES_SHOWN);
        }, failure -> PanelParts.fail(status, "Could not read the image's size", failure)));
        return PanelParts.card("learn-action-sizes",
                PanelParts.command("Reads the image's size from the engine's image list. This only reads.",
                        "docker images " + image), measure, status, bars);
    }

    private static void show(GridPane bars, ImageSummary mine) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("Your hello image", mine.size());
        sizes.putAll(typical());
        long max = sizes.values().stream().mapToLong(Long::longValue).max().orElse(1);
        bars.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            Label name = new Label(e.getKey());
            name.setMinWidth(Region.USE_PREF_SIZE);
            Region bar = new Region();
            bar.getStyleClass().addAll("learn-size-bar", row == 0 ? "learn-size-mine" : "learn-size-typical");
            double w = Math.max(3, BAR_WIDTH * e.getValue() / max);
            bar.setMinWidth(w);
            bar.setPrefWidth(w);
            bar.setMaxWidth(w);
            bar.setPrefHeight(14);
            Label value = new Label(row == 0 ? PanelParts.size(e.getValue())
                    : "about " + Math.round(e.getValue() / 1e6) + " MB");
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.setId(row == 0 ? "learn-size-mine" : null);
            bars.addRow(row++, name, bar, value);
        }
    }

    /** The typical base images' sizes shipped with the lessons, in the order listed. */
    static Map<String, Long> typical() {
        Properties p = BundledText.properties("/dev/porthole/learn/typical-sizes.properties");
        Map<String, Long> sizes = new LinkedHashMap<>();
        Arrays.stream(p.getProperty("images", "").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(name -> sizes.put(name, Long.parseLong(p.getProperty(name, "0").strip())));
        return sizes;
    }
}
