package dev.porthole.ui.shell;

import atlantafx.base.theme.Styles;
import dev.porthole.engine.CandidateResult;
import dev.porthole.engine.DiscoveryReport;
import dev.porthole.icons.AppIcon;
import dev.porthole.ui.controls.Controls;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine search tried, one line per endpoint: icon, address, where it came from, what happened.
 * Endpoints the search skipped on purpose are folded into one line per reason, so failures stand out.
 */
final class CandidateList extends GridPane {

    CandidateList() {
        setId("tried-list");
        getStyleClass().addAll("tried-list", Controls.BOX, Controls.BOX_SMALL);
        getStylesheets().add(Controls.STYLESHEET);
        ColumnConstraints icon = new ColumnConstraints();
        ColumnConstraints host = new ColumnConstraints();
        host.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints source = new ColumnConstraints();
        source.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints outcome = new ColumnConstraints();
        outcome.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(icon, host, source, outcome);
    }

    void show(DiscoveryReport report) {
        getChildren().clear();
        if (report == null || report.candidates().isEmpty()) {
            add(new Label("No endpoint was found to try."), 0, 0, 4, 1);
            return;
        }
        int row = 0;
        Map<String, List<String>> skipped = new LinkedHashMap<>();
        for (CandidateResult c : report.candidates()) {
            String outcome = c.reachable() ? "answered" : c.error() == null ? "did not answer" : c.error();
            if (isSkipped(c, outcome)) {
                skipped.computeIfAbsent(outcome, k -> new ArrayList<>()).add(c.endpoint().host());
                continue;
            }
            Label host = new Label(c.endpoint().host());
            host.getStyleClass().addAll("code", "candidate-host");
            Label source = new Label(c.endpoint().source());
            source.getStyleClass().addAll("candidate-source", Styles.TEXT_SMALL);
            Label result = wrapping(outcome);
            result.getStyleClass().addAll("candidate-outcome", c.reachable() ? Styles.SUCCESS : Styles.DANGER);
            addRow(row++, icon(c.reachable() ? AppIcon.CONNECTED : AppIcon.ERROR,
                    c.reachable() ? Styles.SUCCESS : Styles.DANGER), host, source, result);
        }
        for (Map.Entry<String, List<String>> e : skipped.entrySet()) {
            Label why = wrapping(capitalised(e.getKey()) + ": " + String.join(", ", e.getValue()));
            why.getStyleClass().addAll("candidate-skipped", Styles.TEXT_MUTED);
            add(icon(AppIcon.INFO, Styles.TEXT_MUTED), 0, row);
            add(why, 1, row++, 3, 1);
        }
        getChildren().forEach(n -> GridPane.setValignment(n, VPos.TOP));
    }

    /** The locator lists endpoints it did not probe on purpose ("not used: …", "not tried: …"): no failures. */
    private static boolean isSkipped(CandidateResult c, String outcome) {
        return !c.reachable() && (outcome.startsWith("not used") || outcome.startsWith("not tried"));
    }

    private static FontIcon icon(AppIcon icon, String style) {
        FontIcon f = FontIcon.of(icon.ikon());
        f.getStyleClass().addAll("candidate-icon", style);
        return f;
    }

    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
